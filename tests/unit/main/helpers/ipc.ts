import { BrowserWindow, FakeFrame, FakeWebContents } from '../fakes/electron';

/** An invoke event as Electron builds it, from a given web contents and frame. */
export function eventFrom(sender: FakeWebContents, frame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}

/** The event of a call from the main frame of our own window. */
export function trustedEvent(window: BrowserWindow) {
  return eventFrom(window.webContents);
}

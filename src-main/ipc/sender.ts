import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isTrustedUrl } from '../origin';

/**
 * Only the top frame of our own window, showing one of our own pages, may call the main
 * process: not a subframe, not another web contents, not a page navigated elsewhere.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  origins: readonly string[],
): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  return (
    event.sender === window.webContents &&
    frame !== null &&
    frame.parent === null &&
    isTrustedUrl(frame.url, origins)
  );
}

import type { BrowserWindow } from 'electron';
import { confirmAndOpenExternal, externalLink } from '../external-links';

/**
 * Opens a web or mail link in the system's app, after the native confirmation (the renderer
 * has asked too, but a compromised renderer must not be able to skip the question).
 */
export async function openExternal(window: BrowserWindow, url: string): Promise<void> {
  if (externalLink(url) === null) {
    throw new Error(`Only http, https and mailto links without credentials can be opened, not "${url.slice(0, 80)}".`);
  }
  await confirmAndOpenExternal(url, window);
}

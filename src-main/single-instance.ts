import { app, type BrowserWindow } from 'electron';

/**
 * Claims the single-instance lock. A second launch gets false (and quits); the first one
 * brings its window forward when another launch is attempted, so there is never a second
 * process writing the same IndexedDB.
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}

import { join } from 'node:path';
import { app, screen, session, type BrowserWindow } from 'electron';
import handledSquirrelEvent from 'electron-squirrel-startup';
// The one policy of vite.shared.mts, from its side-effect-free module: importing the Vite
// config itself would bundle Vite and the Svelte compiler into the main process.
import { contentSecurityPolicy } from '../scripts/csp.mjs';
import { CHANNELS } from '../src-renderer/lib/platform/bridge';
import { registerIpcHandlers } from './ipc/register';
import { installApplicationMenu } from './menu';
import { APP_START_URL, trustedOrigins } from './origin';
import { registerAppProtocol, registerPrivilegedScheme } from './protocol';
import { guardWebContents, hardenSession } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE, readWindowState, rememberWindowState } from './window-state';

// Set by `electron-forge start` only; a production build serves the renderer from app://.
const devServerUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL;
const origins = trustedOrigins(devServerUrl);
const csp = contentSecurityPolicy(devServerUrl !== undefined);
const rendererRoot = join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME);

let mainWindow: BrowserWindow | null = null;
const getMainWindow = () => mainWindow;

/** Work areas of the displays, the primary display's first. */
function workAreas() {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

function openMainWindow(): void {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const window = createMainWindow({
    preload: join(__dirname, 'preload.js'),
    state: readWindowState(stateFile, workAreas()),
    devTools: !app.isPackaged,
    platform: process.platform,
    // Windows and macOS take the icon from the executable and the bundle.
    icon: process.platform === 'linux' ? join(rendererRoot, 'icons', 'icon-512.png') : undefined,
  });
  rememberWindowState(window, stateFile);
  window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = window;
  window.loadURL(devServerUrl ?? APP_START_URL).catch((error: unknown) => {
    console.error('Could not load the app', error);
  });
}

function start(): void {
  app.enableSandbox();
  // Privileged schemes can only be registered before the app is ready.
  registerPrivilegedScheme();
  if (!claimSingleInstance(getMainWindow)) return;

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // macOS: clicking the Dock icon with no window open opens one.
  app.on('activate', () => {
    if (app.isReady() && mainWindow === null) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, { origins, csp });
      registerAppProtocol(rendererRoot, csp);
      registerIpcHandlers(getMainWindow, origins);
      installApplicationMenu({
        platform: process.platform,
        isPackaged: app.isPackaged,
        appName: app.getName(),
        send: (command) => mainWindow?.webContents.send(CHANNELS.menuCommand, command),
      });
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Close Reader could not start', error);
      app.exit(1);
    });
}

// Squirrel.Windows runs the app to install or remove shortcuts; it must do only that.
if (handledSquirrelEvent) app.quit();
else start();

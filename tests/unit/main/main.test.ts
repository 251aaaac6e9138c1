import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../vite.shared.mts';
import { CHANNELS } from '../../../src-renderer/lib/platform/bridge';

vi.mock('electron', () => import('./fakes/electron'));
const squirrel = vi.hoisted(() => ({ handled: false }));
vi.mock('electron-squirrel-startup', () => ({
  get default() {
    return squirrel.handled;
  },
}));

let userData: string;

/** Loads src-main/main.ts afresh, as Electron would at launch, against fresh fakes. */
async function launch(setup: (electron: typeof import('./fakes/electron')) => void = () => undefined) {
  vi.resetModules();
  // The mocked module itself, so that the test and main.ts share the same fakes.
  const electron = (await import('electron')) as unknown as typeof import('./fakes/electron');
  electron.fake.reset();
  electron.app.paths.userData = userData;
  setup(electron);
  await import('../../../src-main/main');
  return electron;
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'cr-main-'));
  squirrel.handled = false;
  vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', undefined);
  vi.stubGlobal('MAIN_WINDOW_VITE_NAME', 'main_window');
});

afterEach(() => {
  vi.unstubAllGlobals();
  rmSync(userData, { recursive: true, force: true });
});

describe('before the app is ready', () => {
  it('sandboxes every renderer and registers the app scheme, and does nothing else yet', async () => {
    const { app, protocol, ipcMain, BrowserWindow } = await launch();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });
});

describe('once ready', () => {
  it('hardens the session with the production CSP, serves app:, answers IPC, sets the menu, and opens the window', async () => {
    const electron = await launch();
    await electron.app.becomeReady();
    const ses = electron.session.defaultSession;
    const callback = vi.fn();
    ses.webRequest.onHeadersReceived.mock.calls[0]?.[0]({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy(false)] } });
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(4);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const [window] = electron.BrowserWindow.instances;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(window?.loadURL).toHaveBeenCalledWith('app://close-reader/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      preload: resolve(import.meta.dirname, '../../../src-main/preload.js'),
      sandbox: true,
      contextIsolation: true,
      devTools: true,
    });
  });

  it('serves the built renderer next to the main bundle', async () => {
    const electron = await launch();
    await electron.app.becomeReady();
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    // In the test the "bundle" is src-main/main.ts, so the renderer folder does not exist.
    expect((await handler(new Request('app://close-reader/index.html'))).status).toBe(404);
  });

  it('turns DevTools off in a packaged app', async () => {
    const electron = await launch(({ app }) => {
      app.isPackaged = true;
    });
    await electron.app.becomeReady();
    expect(electron.BrowserWindow.instances[0]?.options.webPreferences).toMatchObject({ devTools: false });
  });

  it('loads the dev server, trusts it and uses the development CSP while developing', async () => {
    vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', 'http://localhost:5173');
    const electron = await launch();
    await electron.app.becomeReady();
    const [window] = electron.BrowserWindow.instances;
    expect(window?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    const { webRequest } = electron.session.defaultSession;
    const callback = vi.fn();
    webRequest.onBeforeRequest.mock.calls[0]?.[0]({ url: 'ws://localhost:5173/' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: false });
    webRequest.onHeadersReceived.mock.calls[0]?.[0]({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenLastCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy(true)] } });
  });

  it('guards every web contents that is created', async () => {
    const electron = await launch();
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('sends menu commands to the window', async () => {
    const electron = await launch();
    await electron.app.becomeReady();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const find = template
      .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .find((item) => item.label === 'Find in Document');
    (find?.click as () => void)();
    expect(electron.BrowserWindow.instances[0]?.webContents.send).toHaveBeenCalledWith(CHANNELS.menuCommand, 'find');
  });

  it('remembers the window state in userData', async () => {
    const electron = await launch();
    await electron.app.becomeReady();
    electron.BrowserWindow.instances[0]?.emit('close');
    expect(existsSync(join(userData, 'window-state.json'))).toBe(true);
  });

  it('quits when the last window closes (outside macOS), and reopens a window on activate', async () => {
    const electron = await launch();
    await electron.app.becomeReady();
    electron.BrowserWindow.instances[0]?.emit('closed');
    electron.app.emit('activate');
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('does not open a second window on activate while one is open', async () => {
    const electron = await launch();
    await electron.app.becomeReady();
    electron.app.emit('activate');
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });
});

describe('a second launch', () => {
  it('quits without opening anything, and focuses the first instance instead', async () => {
    const electron = await launch(({ app }) => app.requestSingleInstanceLock.mockReturnValue(false));
    expect(electron.app.quit).toHaveBeenCalledOnce();
    await electron.app.becomeReady();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });
});

describe('a Squirrel.Windows install event', () => {
  it('only quits', async () => {
    squirrel.handled = true;
    const electron = await launch();
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
  });
});

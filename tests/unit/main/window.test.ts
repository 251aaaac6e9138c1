import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, fake, nativeTheme } from './fakes/electron';
import { MIN_HEIGHT, MIN_WIDTH, createMainWindow, type MainWindowSettings } from '../../../src-main/window';

vi.mock('electron', () => import('./fakes/electron'));

const settings: MainWindowSettings = {
  preload: '/app/.vite/build/preload.js',
  state: { x: 10, y: 20, width: 1000, height: 700, maximized: false },
  devTools: false,
  platform: 'linux',
};

/** Creates the window and returns the options it was constructed with. */
function optionsOf(overrides: Partial<MainWindowSettings> = {}) {
  createMainWindow({ ...settings, ...overrides });
  const window = BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window.options as Electron.BrowserWindowConstructorOptions;
}

beforeEach(() => fake.reset());

describe('the main window options', () => {
  it('set every security flag of the checklist', () => {
    expect(optionsOf().webPreferences).toEqual({
      preload: '/app/.vite/build/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
  });

  it('allow DevTools only when asked to (development)', () => {
    expect(optionsOf({ devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('keep the window hidden until painted, on the paper colour of the system theme', () => {
    expect(optionsOf().show).toBe(false);
    expect(optionsOf().backgroundColor).toBe('#f7f3ea');
    nativeTheme.shouldUseDarkColors = true;
    expect(optionsOf().backgroundColor).toBe('#22201c');
  });

  it('give a title, the saved size and position, and a minimum size', () => {
    expect(optionsOf()).toMatchObject({
      title: 'Close Reader',
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
    });
  });

  it('spellcheck only where the OS does it offline', () => {
    expect(optionsOf({ platform: 'darwin' }).webPreferences?.spellcheck).toBe(true);
    expect(optionsOf({ platform: 'win32' }).webPreferences?.spellcheck).toBe(false);
  });

  it('set the window icon only when given', () => {
    expect(optionsOf()).not.toHaveProperty('icon');
    expect(optionsOf({ icon: '/i.png' }).icon).toBe('/i.png');
  });
});

describe('showing the window', () => {
  it('waits until it is ready to show', () => {
    const window = createMainWindow(settings) as unknown as BrowserWindow;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('maximises again a window that was maximised', () => {
    const window = createMainWindow({ ...settings, state: { ...settings.state, maximized: true } }) as unknown as BrowserWindow;
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
  });
});

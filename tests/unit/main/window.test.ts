import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, fake, nativeTheme } from './fakes/electron';
import { MIN_HEIGHT, MIN_WIDTH, PAPER, createMainWindow, mainWindowOptions } from '../../../src-main/window';

vi.mock('electron', () => import('./fakes/electron'));

const settings = {
  preload: '/app/.vite/build/preload.js',
  state: { x: 10, y: 20, width: 1000, height: 700, maximized: false },
  devTools: false,
  platform: 'linux' as const,
};

beforeEach(() => fake.reset());

describe('mainWindowOptions', () => {
  it('sets every security flag of the checklist', () => {
    const { webPreferences } = mainWindowOptions({ ...settings, dark: false });
    expect(webPreferences).toMatchObject({
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
      devTools: false,
    });
    expect(webPreferences?.disableBlinkFeatures).toBe('Auxclick');
  });

  it('allows DevTools only when asked to (development)', () => {
    expect(mainWindowOptions({ ...settings, devTools: true, dark: false }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until painted, on the paper colour of the theme', () => {
    const light = mainWindowOptions({ ...settings, dark: false });
    const dark = mainWindowOptions({ ...settings, dark: true });
    expect(light.show).toBe(false);
    expect(light.backgroundColor).toBe('#f7f3ea');
    expect(dark.backgroundColor).toBe('#22201c');
    expect(PAPER).toEqual({ light: '#f7f3ea', dark: '#22201c' });
  });

  it('is titled, sized from the saved state and has a minimum size', () => {
    const options = mainWindowOptions({ ...settings, dark: false });
    expect(options).toMatchObject({ title: 'Close Reader', x: 10, y: 20, width: 1000, height: 700 });
    expect(options.minWidth).toBe(MIN_WIDTH);
    expect(options.minHeight).toBe(MIN_HEIGHT);
  });

  it('spellchecks only where the OS does it offline', () => {
    expect(mainWindowOptions({ ...settings, dark: false }).webPreferences?.spellcheck).toBe(false);
    expect(mainWindowOptions({ ...settings, platform: 'darwin', dark: false }).webPreferences?.spellcheck).toBe(true);
  });

  it('sets the window icon only when given', () => {
    expect(mainWindowOptions({ ...settings, dark: false })).not.toHaveProperty('icon');
    expect(mainWindowOptions({ ...settings, icon: '/i.png', dark: false }).icon).toBe('/i.png');
  });
});

describe('createMainWindow', () => {
  it('follows the system theme and shows the window only once it is ready', () => {
    nativeTheme.shouldUseDarkColors = true;
    createMainWindow(settings);
    const [window] = BrowserWindow.instances;
    expect(window?.options.backgroundColor).toBe('#22201c');
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalledOnce();
    expect(window?.maximize).not.toHaveBeenCalled();
  });

  it('maximises again a window that was maximised', () => {
    createMainWindow({ ...settings, state: { ...settings.state, maximized: true } });
    const [window] = BrowserWindow.instances;
    window?.emit('ready-to-show');
    expect(window?.maximize).toHaveBeenCalledOnce();
    expect(window?.show).toHaveBeenCalledOnce();
  });
});

import { BrowserWindow, nativeTheme, type BrowserWindowConstructorOptions } from 'electron';
import type { WindowState } from './window-state';

/** The app's paper colour, so the window does not flash white before the first paint. */
export const PAPER = { light: '#f7f3ea', dark: '#22201c' } as const;
export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;

export interface MainWindowSettings {
  /** Absolute path of the built preload script. */
  preload: string;
  state: WindowState;
  devTools: boolean;
  platform: NodeJS.Platform;
  /** The window icon where the OS takes it from the window (Linux). */
  icon?: string;
}

/** The hardened options of the main window: a pure function, so each flag is testable. */
export function mainWindowOptions(
  settings: MainWindowSettings & { dark: boolean },
): BrowserWindowConstructorOptions {
  const { state } = settings;
  return {
    title: 'Close Reader',
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: settings.dark ? PAPER.dark : PAPER.light,
    ...(settings.icon ? { icon: settings.icon } : {}),
    webPreferences: {
      preload: settings.preload,
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
      devTools: settings.devTools,
      // Middle-click must not open links in new windows behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
      // Hunspell dictionaries are downloaded from a CDN; macOS spellchecks natively, offline.
      spellcheck: settings.platform === 'darwin',
    },
  };
}

/**
 * Creates the main window hidden and shows it once its first frame is painted, maximised
 * again if it was when last closed.
 */
export function createMainWindow(settings: MainWindowSettings): BrowserWindow {
  const dark = nativeTheme.shouldUseDarkColors;
  const window = new BrowserWindow(mainWindowOptions({ ...settings, dark }));
  window.once('ready-to-show', () => {
    if (settings.state.maximized) window.maximize();
    window.show();
  });
  return window;
}

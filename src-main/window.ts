import { BrowserWindow, nativeTheme } from 'electron';
import type { WindowState } from './window-state';

/** The app's paper colour, so the window does not flash white before the first paint. */
const PAPER = { light: '#f7f3ea', dark: '#22201c' } as const;
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

/**
 * Creates the hardened main window, hidden until its first frame is painted, then shown
 * (maximised again if it was when last closed). The options stay one literal so that
 * Electronegativity can check every flag.
 */
export function createMainWindow(settings: MainWindowSettings): BrowserWindow {
  const { state } = settings;
  const window = new BrowserWindow({
    title: 'Close Reader',
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? PAPER.dark : PAPER.light,
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
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  return window;
}

/**
 * A small stand-in for the 'electron' module, for `vi.mock('electron', () => import(...))`:
 * the real one downloads its binary on first require, which cannot happen here. Each fake
 * records what the code under test did and lets a test play Electron's part (fire events,
 * answer dialogs). `fake.reset()` restores everything between tests.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame('app://close-reader/index.html');
  send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static fromWebContents(contents: FakeWebContents): BrowserWindow | null {
    return BrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }

  webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  bounds: Bounds;
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  maximize = vi.fn(() => {
    this.maximized = true;
  });

  constructor(public options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: Number(options.x ?? 0),
      y: Number(options.y ?? 0),
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600),
    };
    BrowserWindow.instances.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = {};
  private ready = false;
  private resolveReady: () => void = () => undefined;
  private readyPromise = this.newReadyPromise();

  getName = vi.fn(() => 'Close Reader');
  getVersion = vi.fn(() => '0.1.0');
  getPath = vi.fn((name: string) => {
    const path = this.paths[name];
    if (!path) throw new Error(`fake app: no path for ${name}`);
    return path;
  });
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  enableSandbox = vi.fn();

  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Plays Electron's part: the app becomes ready. */
  async becomeReady(): Promise<void> {
    this.ready = true;
    this.resolveReady();
    await this.readyPromise;
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.paths = {};
    this.ready = false;
    this.readyPromise = this.newReadyPromise();
  }
  private newReadyPromise(): Promise<void> {
    return new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }
}

export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  },
};

export const ipcMain = { handle: vi.fn() };

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const nativeTheme = { shouldUseDarkColors: false };

const primaryDisplay = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
export const screen = {
  getPrimaryDisplay: vi.fn(() => primaryDisplay),
  getAllDisplays: vi.fn(() => [primaryDisplay]),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
}
export const ipcRenderer = new FakeIpcRenderer();

export const fake = {
  reset(): void {
    vi.resetAllMocks();
    app.reset();
    ipcRenderer.removeAllListeners();
    BrowserWindow.instances = [];
    nativeTheme.shouldUseDarkColors = false;
  },
  /** The handler the code under test registered for an IPC channel. */
  ipcHandler(channel: string): (event: unknown, ...args: unknown[]) => Promise<unknown> {
    const call = ipcMain.handle.mock.calls.find(([name]) => name === channel);
    if (!call) throw new Error(`no IPC handler for ${channel}`);
    return call[1];
  },
};

/**
 * What the renderer needs from whichever shell runs it. Only lib/platform knows
 * whether that is Electron (native dialogs over the preload bridge) or a browser
 * (file inputs and downloads).
 */

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileFilter {
  name: string;
  /** Extensions without the dot. */
  extensions: string[];
}

export interface OpenOptions {
  title: string;
  filters: FileFilter[];
  multiple: boolean;
}

export interface SaveOptions {
  title: string;
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

/** Commands the application menu (Electron) sends to the renderer. */
export const MENU_COMMANDS = [
  'open-documents',
  'import-annotations',
  'export',
  'backup',
  'restore',
  'undo',
  'redo',
  'find',
  'toggle-sidebar',
  'font-larger',
  'font-smaller',
  'font-reset',
  'settings',
  'shortcuts',
  'about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'web';
  /** Operating system or browser, for the About box. */
  platform: string;
}

export interface Platform {
  readonly shell: 'electron' | 'web';
  /** Resolves with the chosen files, or [] when the reader cancels. */
  openFiles(options: OpenOptions): Promise<PickedFile[]>;
  /** Resolves with where it was saved (a path or a file name), or null when cancelled. */
  saveFile(options: SaveOptions): Promise<string | null>;
  appInfo(): Promise<AppInfo>;
  /** Opens a web link outside the app (the caller has asked the reader first). */
  openExternal(url: string): Promise<void>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
}

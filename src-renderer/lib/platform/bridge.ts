/**
 * The typed API that src-main/preload.ts exposes as `window.closeReader` through
 * contextBridge: one function per IPC channel, never ipcRenderer itself.
 */
import type { MenuCommand, OpenOptions, PickedFile, SaveOptions } from './types';

export interface CloseReaderBridge {
  openFiles(options: OpenOptions): Promise<PickedFile[]>;
  saveFile(options: SaveOptions): Promise<string | null>;
  appVersion(): Promise<{ name: string; version: string; platform: string }>;
  openExternal(url: string): Promise<void>;
  /** Returns the unsubscribe function. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
}

/** IPC channel names, shared by the preload script and the main process handlers. */
export const CHANNELS = {
  openFiles: 'dialog:open-files',
  saveFile: 'dialog:save-file',
  appVersion: 'app:version',
  openExternal: 'shell:open-external',
  menuCommand: 'menu:command',
} as const;

declare global {
  interface Window {
    closeReader?: CloseReaderBridge;
  }
}

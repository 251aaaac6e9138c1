import type { IpcRenderer } from 'electron';
import { CHANNELS, type CloseReaderBridge } from '../src-renderer/lib/platform/bridge';
import { MENU_COMMANDS, type MenuCommand } from '../src-renderer/lib/platform/types';

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/**
 * The bridge over IPC. Each function forwards its own arguments to its own channel and
 * returns only the result: ipcRenderer and IPC event objects never reach the page.
 */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): CloseReaderBridge {
  return {
    openFiles: (options) => ipc.invoke(CHANNELS.openFiles, options),
    saveFile: (options) => ipc.invoke(CHANNELS.saveFile, options),
    appVersion: () => ipc.invoke(CHANNELS.appVersion),
    openExternal: (url) => ipc.invoke(CHANNELS.openExternal, url),
    onMenuCommand(handler) {
      if (typeof handler !== 'function') throw new TypeError('onMenuCommand needs a function');
      const listener = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) handler(command);
      };
      ipc.on(CHANNELS.menuCommand, listener);
      return () => {
        ipc.removeListener(CHANNELS.menuCommand, listener);
      };
    },
  };
}

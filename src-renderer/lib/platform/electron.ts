import type { CloseReaderBridge } from './bridge';
import type { Platform } from './types';

/** The platform in Electron: every call goes through the preload bridge to the main process. */
export function createElectronPlatform(bridge: CloseReaderBridge): Platform {
  return {
    shell: 'electron',
    openFiles: (options) => bridge.openFiles(options),
    saveFile: (options) => bridge.saveFile(options),
    appInfo: async () => ({ ...(await bridge.appVersion()), shell: 'electron' }),
    openExternal: (url) => bridge.openExternal(url),
    onMenuCommand: (handler) => bridge.onMenuCommand(handler),
  };
}

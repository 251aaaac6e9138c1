// Runs sandboxed: it may require only 'electron'; everything else is bundled in by Vite.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './preload-bridge';

contextBridge.exposeInMainWorld('closeReader', createBridge(ipcRenderer));

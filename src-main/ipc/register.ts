import { ipcMain, type BrowserWindow } from 'electron';
import * as v from 'valibot';
import { CHANNELS, type CloseReaderBridge } from '../../src-renderer/lib/platform/bridge';
import { appVersion } from './app-version';
import { openExternal } from './open-external';
import { openFiles } from './open-files';
import { saveFile } from './save-file';
import { ExternalUrlSchema, OpenOptionsSchema, SaveOptionsSchema } from './schemas';
import { isTrustedSender } from './sender';
import { parseArguments } from './validate';

/** The bridge functions that are request/response calls (the menu channel goes the other way). */
type InvokeName = Exclude<keyof CloseReaderBridge, 'onMenuCommand'>;
type Args<K extends InvokeName> = Parameters<CloseReaderBridge[K]>;

interface Route<K extends InvokeName> {
  args: v.GenericSchema<unknown, Args<K>>;
  run(window: BrowserWindow, ...args: Args<K>): ReturnType<CloseReaderBridge[K]>;
}

// Typed against the bridge contract: a handler cannot drift from what the preload exposes.
const ROUTES: { [K in InvokeName]: Route<K> } = {
  openFiles: { args: v.strictTuple([OpenOptionsSchema]), run: openFiles },
  saveFile: { args: v.strictTuple([SaveOptionsSchema]), run: saveFile },
  appVersion: { args: v.strictTuple([]), run: async () => appVersion() },
  openExternal: { args: v.strictTuple([ExternalUrlSchema]), run: openExternal },
};

function register<K extends InvokeName>(
  name: K,
  getWindow: () => BrowserWindow | null,
  origins: readonly string[],
): void {
  const channel = CHANNELS[name];
  const route: Route<K> = ROUTES[name];
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    const window = getWindow();
    if (!window || !isTrustedSender(event, window, origins)) {
      throw new Error(`${channel} refused: the call did not come from the Close Reader window.`);
    }
    return route.run(window, ...parseArguments(channel, route.args, raw));
  });
}

/** One handler per channel of the bridge, each checking its sender and its arguments. */
export function registerIpcHandlers(getWindow: () => BrowserWindow | null, origins: readonly string[]): void {
  for (const name of Object.keys(ROUTES) as InvokeName[]) register(name, getWindow, origins);
}

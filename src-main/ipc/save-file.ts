import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { SaveOptions } from '../../src-renderer/lib/platform/types';

/**
 * Writes next to the target and renames into place, so a failed write never leaves a
 * half-written file where a good export (or backup) used to be.
 */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const partial = `${path}.partial`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Asks where to save, in a native dialog, and saves there. Null when the reader cancels. */
export async function saveFile(window: BrowserWindow, options: SaveOptions): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: options.title,
    defaultPath: join(app.getPath('documents'), options.suggestedName),
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return null;
  await writeWhole(result.filePath, options.bytes);
  return result.filePath;
}

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { OpenOptions, PickedFile } from '../../src-renderer/lib/platform/types';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES } from './schemas';

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/**
 * Reads the chosen files, after checking every size first so that nothing is read when one
 * of them is too large (IPC copies the bytes, and a huge file would freeze the window).
 */
export async function readPickedFiles(paths: readonly string[]): Promise<PickedFile[]> {
  const sizes = await Promise.all(
    paths.map(async (path) => {
      const info = await stat(path);
      if (!info.isFile()) throw new Error(`"${basename(path)}" is not a file.`);
      if (info.size > MAX_FILE_BYTES) {
        throw new Error(
          `"${basename(path)}" is ${megabytes(info.size)}; files larger than ${megabytes(MAX_FILE_BYTES)} cannot be opened.`,
        );
      }
      return info.size;
    }),
  );
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > MAX_TOTAL_BYTES) {
    throw new Error(
      `The ${paths.length} chosen files add up to ${megabytes(total)}; open at most ${megabytes(MAX_TOTAL_BYTES)} at a time.`,
    );
  }
  const files: PickedFile[] = [];
  for (const path of paths) files.push({ name: basename(path), bytes: await readFile(path) });
  return files;
}

export async function openFiles(window: BrowserWindow, options: OpenOptions): Promise<PickedFile[]> {
  const properties: OpenDialogOptions['properties'] = options.multiple
    ? ['openFile', 'multiSelections']
    : ['openFile'];
  const result = await dialog.showOpenDialog(window, {
    title: options.title,
    filters: options.filters,
    properties,
  });
  return result.canceled ? [] : readPickedFiles(result.filePaths);
}

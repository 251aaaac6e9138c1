import type { PickedFile } from './types';

/** Reads File objects (from a file input or a drop, in either shell) into names and bytes. */
export async function readFiles(files: Iterable<File>): Promise<PickedFile[]> {
  return Promise.all(
    [...files].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

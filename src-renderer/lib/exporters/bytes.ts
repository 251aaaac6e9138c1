/**
 * Bytes out in pieces: large exports are written as a list of encoded chunks, never as one
 * giant string, and zipped from those chunks as they come (fflate's streaming Zip; its
 * synchronous classes, since the worker-based ones never call back under a strict CSP).
 */
import { Zip, ZipDeflate } from 'fflate';

const encoder = new TextEncoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  /** The file's bytes in order; an iterable may build them only as they are read. */
  chunks: Iterable<Uint8Array>;
}

/**
 * A zip of the entries, each deflated at level 1 (several times faster than the default
 * and within a few per cent of its size on text), stamped with `mtime` so that the same
 * export gives the same bytes.
 */
export function zipEntries(entries: Iterable<ZipEntry>, mtime: string): Uint8Array {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else out.push(data);
  });
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 1 });
    file.mtime = mtime;
    zip.add(file);
    let previous: Uint8Array | undefined;
    for (const chunk of entry.chunks) {
      if (previous) file.push(previous);
      previous = chunk;
    }
    file.push(previous ?? new Uint8Array(0), true);
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(out);
}

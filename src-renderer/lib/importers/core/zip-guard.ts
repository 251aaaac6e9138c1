/**
 * Reading DOCX and EPUB archives without trusting them. Declared sizes (from
 * the central directory) are checked against a total limit and a compression
 * ratio before anything is inflated; actual sizes are counted while inflating,
 * in small steps, so an archive that lies about its sizes is stopped early
 * instead of filling memory.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ImportError, formatBytes } from './import-error';
import type { ImportContext } from './types';

export interface ZipEntryInfo {
  name: string;
  /** Compressed size. */
  size: number;
  originalSize: number;
  compression: number;
}

// Small entries may compress very well (a run of spaces); only big ones can hurt.
const RATIO_MIN_SIZE = 1024 * 1024;
const PUSH_STEP = 64 * 1024;

/** Names and declared sizes of every entry, read from the central directory. */
export function listZip(bytes: Uint8Array, fileName: string, what: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ ...f });
        return false;
      },
    });
  } catch (cause) {
    throw new ImportError(fileName, `it is damaged or not ${what} (its zip archive cannot be read; it may be truncated).`, {
      cause,
    });
  }
  return entries;
}

function bomb(fileName: string, detail: string): ImportError {
  return new ImportError(
    fileName,
    `it ${detail}, which is what a “zip bomb” does, so it was not opened. If the file is genuine, re-save it from the program that made it.`,
  );
}

/**
 * Inflates the entries whose names are listed (missing ones are simply absent
 * from the result). `what` names the format for messages ("an EPUB book").
 */
export function readZipEntries(
  bytes: Uint8Array,
  ctx: Pick<ImportContext, 'fileName' | 'zipLimits'>,
  what: string,
  names: Iterable<string>,
  entries: ZipEntryInfo[] = listZip(bytes, ctx.fileName, what),
): Map<string, Uint8Array> {
  const { fileName, zipLimits } = ctx;
  const wanted = new Map<string, ZipEntryInfo>();
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const name of names) {
    const entry = byName.get(name);
    if (entry) wanted.set(name, entry);
  }
  let declared = 0;
  for (const e of wanted.values()) {
    if (e.compression !== 0 && e.compression !== 8) {
      throw new ImportError(
        fileName,
        `its part “${e.name}” is compressed with a method Close Reader cannot read (method ${e.compression}), or encrypted. Re-save the file without encryption.`,
      );
    }
    if (e.originalSize > RATIO_MIN_SIZE && e.originalSize > e.size * zipLimits.maxRatio) {
      throw bomb(fileName, `declares that “${e.name}” unpacks to ${formatBytes(e.originalSize)} from ${formatBytes(e.size)}`);
    }
    declared += e.originalSize;
  }
  if (declared > zipLimits.maxTotal) {
    throw bomb(fileName, `declares ${formatBytes(declared)} of content, more than the ${formatBytes(zipLimits.maxTotal)} limit`);
  }

  const out = new Map<string, Uint8Array>();
  let failure: ImportError | undefined;
  let total = 0;
  const unzip = new Unzip((file) => {
    const info = wanted.get(file.name);
    if (!info || out.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = new ImportError(fileName, `it is damaged: its part “${file.name}” cannot be unpacked.`, { cause: err });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > info.originalSize || total > zipLimits.maxTotal) {
        failure = bomb(fileName, `unpacks “${file.name}” to more than its declared ${formatBytes(info.originalSize)}`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += PUSH_STEP) {
      unzip.push(bytes.subarray(at, at + PUSH_STEP), at + PUSH_STEP >= bytes.length);
    }
  } catch (cause) {
    failure ??= new ImportError(fileName, `it is damaged or not ${what} (its zip archive cannot be unpacked).`, { cause });
  }
  if (failure) throw failure;
  return out;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Zips made of deflated segments. Each file's bytes are cut into segments of a few
 * megabytes, each deflated on its own (level 1, primed with the 32 KB before it, ended on a
 * byte boundary by a sync flush), so that segments can be deflated side by side in workers
 * and joined into one DEFLATE stream (as pigz does); their CRCs are combined. Here in one
 * thread or through any SegmentDeflater the caller gives: the bytes are the same either way.
 *
 * Deflate is pako's (zlib's algorithm: at level 1 a third faster here than fflate's, and its
 * sync flush is sound; fflate 0.8.3's writes a broken stored block when bits are pending).
 * fflate writes the zip around the deflated data.
 */
import { Zip, type ZipInputFile } from 'fflate';
import pako from 'pako';
import { crc32, crc32Combine } from './crc32';
import { concatBytes, ownBytes } from './bytes';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  /** The file's bytes in order; an iterable may build them only as they are read. */
  chunks: Iterable<Uint8Array>;
  /**
   * Each chunk is the only view of its buffer and is never written again (Utf8Writer's
   * takeBlocks): a large one becomes a segment as it is, which a worker may take whole,
   * where other chunks are copied into segments of their own.
   */
  ownChunks?: boolean;
}

export interface Segment {
  data: Uint8Array;
  /** Up to 32 KB of the file just before `data`: matches may reach back into it. */
  dictionary: Uint8Array;
  /** The file's last segment: its DEFLATE block is marked final. */
  final: boolean;
  /** Nothing else holds `data`'s buffer: a worker may take it rather than a copy. */
  owned?: boolean;
}

export interface DeflatedSegment {
  data: Uint8Array;
  crc: number;
  size: number;
}

/** Deflates a segment somewhere (this thread, a worker): the same bytes out wherever. */
export type SegmentDeflater = (segment: Segment) => Promise<DeflatedSegment>;

export interface Deflater {
  deflate: SegmentDeflater;
  /** How many full segments' worth of bytes may wait to be deflated at once (default 4). */
  inFlight?: number;
}

export const SEGMENT_BYTES = 4 << 20;
const WINDOW = 32 * 1024;
const OUT_CHUNK_BYTES = 1 << 20;

export function deflateSegment(segment: Segment): DeflatedSegment {
  const { data, dictionary, final } = segment;
  // Text deflates to a quarter or less: no need for a megabyte of output buffer for a small file.
  const chunkSize = Math.min(OUT_CHUNK_BYTES, Math.max(16 * 1024, data.length >> 2));
  const deflate = new pako.Deflate({ level: 1, raw: true, chunkSize, ...(dictionary.length ? { dictionary } : {}) });
  const out: Uint8Array[] = [];
  deflate.onData = (chunk) => out.push(chunk as Uint8Array);
  // A sync flush ends the segment on a byte boundary, so the next one's blocks can follow it.
  deflate.push(data, final ? pako.constants.Z_FINISH : pako.constants.Z_SYNC_FLUSH);
  if (deflate.err) throw new Error(`deflate failed: ${deflate.msg}`);
  return { data: ownBytes(out), crc: crc32(data), size: data.length };
}

/**
 * A file's bytes as segments of about `size` bytes (or as its chunks, when large ones are its
 * own); an empty file is one empty segment. Every segment owns its buffer.
 */
export function* segmentsOf(chunks: Iterable<Uint8Array>, size = SEGMENT_BYTES, ownChunks = false): Generator<Segment> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let ready: Uint8Array | undefined;
  let dictionary: Uint8Array = new Uint8Array(0);
  // A segment is handed on only once the next exists: only then is it known not to be the last.
  function* hand(next: Uint8Array): Generator<Segment> {
    if (ready) {
      const segment = { data: ready, dictionary, final: false, owned: true };
      // Before handing it on: a worker may take the segment's buffer with it.
      dictionary = (ready.length >= WINDOW ? ready : concatBytes([dictionary, ready])).slice(-WINDOW);
      yield segment;
    }
    ready = next;
  }
  for (const chunk of chunks) {
    if (ownChunks && pendingBytes === 0 && chunk.length >= size / 2) {
      yield* hand(chunk);
      continue;
    }
    let rest = chunk;
    while (pendingBytes + rest.length >= size) {
      const take = size - pendingBytes;
      pending.push(rest.subarray(0, take));
      rest = rest.subarray(take);
      yield* hand(ownBytes(pending));
      pending = [];
      pendingBytes = 0;
    }
    if (rest.length) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes) yield* hand(ownBytes(pending));
  yield { data: ready ?? new Uint8Array(0), dictionary, final: true, owned: true };
}

function joined(segments: DeflatedSegment[]): DeflatedSegment {
  let crc = 0;
  let size = 0;
  for (const s of segments) {
    crc = crc32Combine(crc, s.crc, s.size);
    size += s.size;
  }
  return { data: concatBytes(segments.map((s) => s.data)), crc, size };
}

/** The zip of files already deflated, each stamped with `mtime`. */
function assemble(files: { name: string; deflated: DeflatedSegment }[], mtime: string): Uint8Array {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else out.push(data);
  });
  for (const { name, deflated } of files) {
    const file: ZipInputFile = { filename: name, size: deflated.size, crc: deflated.crc, compression: 8, mtime };
    zip.add(file);
    file.ondata!(null, deflated.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(out);
}

/** The zip of the entries, deflated here, stamped with `mtime` so that the same export gives the same bytes. */
export function zipEntries(entries: Iterable<ZipEntry>, mtime: string): Uint8Array {
  const files = [];
  for (const { name, chunks, ownChunks } of entries) {
    const segments: DeflatedSegment[] = [];
    for (const segment of segmentsOf(chunks, SEGMENT_BYTES, ownChunks)) segments.push(deflateSegment(segment));
    files.push({ name, deflated: joined(segments) });
  }
  return assemble(files, mtime);
}

/**
 * The same zip, its segments deflated by `deflate` while the entries go on being written.
 * The segments waiting at once hold at most `inFlight` full segments' worth of bytes (many
 * small files may wait together), which bounds the memory they hold.
 */
export async function zipEntriesAsync(entries: Iterable<ZipEntry>, mtime: string, deflater: Deflater): Promise<Uint8Array> {
  const { deflate, inFlight = 4 } = deflater;
  const budget = inFlight * SEGMENT_BYTES;
  const files: { name: string; segments: Promise<DeflatedSegment>[] }[] = [];
  const waiting: { done: Promise<DeflatedSegment>; bytes: number }[] = [];
  let waitingBytes = 0;
  for (const { name, chunks, ownChunks } of entries) {
    const segments: Promise<DeflatedSegment>[] = [];
    files.push({ name, segments });
    for (const segment of segmentsOf(chunks, SEGMENT_BYTES, ownChunks)) {
      // Read before handing it on: a worker takes the segment's buffer with it.
      const bytes = segment.data.length;
      while (waiting.length && waitingBytes + bytes > budget) {
        const oldest = waiting.shift()!;
        waitingBytes -= oldest.bytes;
        await oldest.done;
      }
      const done = deflate(segment);
      // Failures are met in Promise.all below; until then they are not unhandled.
      done.catch(() => {});
      segments.push(done);
      waiting.push({ done, bytes });
      waitingBytes += bytes;
    }
  }
  const deflated = await Promise.all(files.map(async (f) => ({ name: f.name, deflated: joined(await Promise.all(f.segments)) })));
  return assemble(deflated, mtime);
}

import { crc32 as nodeCrc32, inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Combine } from '../../../src-renderer/lib/exporters/crc32';
import { deflateSegment, SEGMENT_BYTES, segmentsOf, zipEntries, zipEntriesAsync, type Segment } from '../../../src-renderer/lib/exporters/zip';
import { createRng } from '../../bench/fixtures/generate-text';

/** Word-like bytes: random words for the first 200 KB, then those again (cheap to make in bulk). */
function text(bytes: number, seed = 1): Uint8Array {
  const rng = createRng(seed);
  const words = ['claim', 'evidence', 'the', 'report', 'Sahel', 'é', '😀', 'of', '\n'];
  let s = '';
  while (s.length < Math.min(bytes, 200_000)) s += words[Math.floor(rng() * words.length)] + ' ';
  const base = new TextEncoder().encode(s);
  const out = new Uint8Array(bytes);
  for (let at = 0; at < bytes; at += base.length) out.set(base.subarray(0, bytes - at), at);
  return out;
}

/** The entry's stored CRC and deflated bytes, read from the zip's local header (data descriptor after). */
function entryOf(zip: Uint8Array, name: string): { crc: number; inflated: Buffer } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // Central directory: find the entry to learn its CRC, sizes and local header offset.
  const end = zip.length - 22;
  let at = view.getUint32(end + 16, true);
  for (;;) {
    const nameLength = view.getUint16(at + 28, true);
    const found = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (found === name) {
      const local = view.getUint32(at + 42, true);
      const compressed = view.getUint32(at + 20, true);
      const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { crc: view.getUint32(at + 16, true), inflated: inflateRawSync(zip.subarray(dataAt, dataAt + compressed)) };
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

describe('CRC-32', () => {
  it('gives zlib’s CRC, and combines the CRCs of two pieces into that of both', () => {
    const data = text(300_000);
    expect(crc32(data)).toBe(nodeCrc32(data));
    for (const cut of [0, 1, 7, 65_536, 299_999, 300_000]) {
      const [a, b] = [data.subarray(0, cut), data.subarray(cut)];
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(nodeCrc32(data));
    }
  });
});

describe('segmented zips', () => {
  it('cuts a file into segments of the size asked, the last one final, each primed with the 32 KB before it', () => {
    const data = text(100_000);
    const chunks = [data.subarray(0, 10), data.subarray(10, 50_000), data.subarray(50_000)];
    const segments = [...segmentsOf(chunks, 30_000)];
    expect(segments.map((s) => s.data.length)).toEqual([30_000, 30_000, 30_000, 10_000]);
    expect(segments.map((s) => s.final)).toEqual([false, false, false, true]);
    expect(Buffer.concat(segments.map((s) => s.data)).equals(data)).toBe(true);
    expect(segments[0].dictionary.length).toBe(0);
    expect(segments[2].dictionary).toEqual(data.subarray(60_000 - 32_768, 60_000));
    expect([...segmentsOf([], 30_000)]).toEqual([{ data: new Uint8Array(0), dictionary: new Uint8Array(0), final: true, owned: true }]);
    // Views of someone else's buffer are copied: every segment owns its own.
    for (const s of segments) expect([s.owned, s.data.buffer === data.buffer]).toEqual([true, false]);
  });

  it('takes large chunks that are their own as segments, uncopied, and copies the small ones around them', () => {
    const data = text(100_000, 5);
    const own = (from: number, to: number) => data.slice(from, to);
    const chunks = [own(0, 30_000), own(30_000, 30_010), own(30_010, 60_000), own(60_000, 100_000)];
    const segments = [...segmentsOf(chunks, 30_000, true)];
    expect(Buffer.concat(segments.map((s) => s.data)).equals(data)).toBe(true);
    // The first passes as it is; 10 bytes then wait and the next chunk fills a segment with
    // them (a copy); the last passes as it is, larger than the size asked.
    expect(segments.map((s) => s.data.length)).toEqual([30_000, 30_000, 40_000]);
    expect([segments[0].data === chunks[0], segments[1].data.buffer === chunks[2].buffer, segments[2].data === chunks[3]]).toEqual([true, false, true]);
    expect(segments.every((s) => s.owned)).toBe(true);
    expect(segments[2].dictionary).toEqual(data.subarray(60_000 - 32_768, 60_000));
    // Whatever the cutting, the zip holds the file, on one thread as in pieces.
    const zipped = zipEntries([{ name: 'a.txt', chunks, ownChunks: true }], '2025-03-01T10:00:00.000Z');
    expect(Buffer.from(unzipSync(zipped)['a.txt']).equals(data)).toBe(true);
  });

  it('joins separately deflated segments into one stream that inflates to the file', () => {
    const data = text(200_000, 3);
    const parts = [...segmentsOf([data], 70_000)].map(deflateSegment);
    expect(inflateRawSync(Buffer.concat(parts.map((p) => p.data))).equals(data)).toBe(true);
  });

  it('zips a file of several segments with its whole CRC, readable by zlib and fflate', () => {
    const big = text(17 << 20, 5);
    const zip = zipEntries([{ name: 'big.txt', chunks: [big.subarray(0, 5), big.subarray(5)] }, { name: 'empty.txt', chunks: [] }], '2025-03-01T10:00:00.000Z');
    const entry = entryOf(zip, 'big.txt');
    expect(entry.crc).toBe(nodeCrc32(big));
    expect(entry.inflated.equals(big)).toBe(true);
    expect(unzipSync(zip)['empty.txt']).toEqual(new Uint8Array(0));
  }, 30_000);

  it('gives the same bytes whether the segments are deflated here or elsewhere, in any order', async () => {
    const entries = () => [
      { name: 'a.txt', chunks: [text(9 << 20, 7)] },
      { name: 'b/c.txt', chunks: [text(1000, 8), text(3, 9)] },
    ];
    const mtime = '2025-03-01T10:00:00.000Z';
    let calls = 0;
    // Later segments finish first.
    const slowFirst = (s: Segment) => new Promise<ReturnType<typeof deflateSegment>>((resolve) => setTimeout(() => resolve(deflateSegment(s)), 30 - 10 * calls++));
    const there = await zipEntriesAsync(entries(), mtime, { deflate: slowFirst, inFlight: 2 });
    expect(Buffer.from(there).equals(zipEntries(entries(), mtime))).toBe(true);
    expect(calls).toBe(Math.ceil((9 << 20) / SEGMENT_BYTES) + 1);
  }, 30_000);

  it('fails the zip when a segment cannot be deflated', async () => {
    const failing = () => Promise.reject(new Error('the deflate worker stopped'));
    await expect(zipEntriesAsync([{ name: 'a.txt', chunks: [text(10)] }], '2025-03-01T10:00:00.000Z', { deflate: failing })).rejects.toThrow('the deflate worker stopped');
  });
});

describe('segments handed to workers', () => {
  it('stay whole when an earlier segment’s buffer was taken away (transferred)', async () => {
    const data = text(100_000, 11);
    const seen: Uint8Array[] = [];
    for (const s of segmentsOf([data], 30_000)) {
      seen.push(s.data.slice());
      // What postMessage with a transfer list does to the segment's buffer.
      structuredClone(s.data, { transfer: [s.data.buffer] });
    }
    expect(Buffer.concat(seen).equals(data)).toBe(true);
  });
});

describe('segments waiting for deflate', () => {
  it('hold no more bytes than allowed, even when the deflater takes their buffers away', async () => {
    let pending = 0;
    let most = 0;
    const transferring = (s: Segment) => {
      const copy = { ...s, data: s.data.slice() };
      structuredClone(s.data, { transfer: [s.data.buffer] });
      pending++;
      most = Math.max(most, pending);
      return new Promise<ReturnType<typeof deflateSegment>>((resolve) =>
        setTimeout(() => {
          pending--;
          resolve(deflateSegment(copy));
        }, 5),
      );
    };
    const zip = await zipEntriesAsync([{ name: 'a.txt', chunks: [text(3 * SEGMENT_BYTES + 10, 12)] }], '2025-03-01T10:00:00.000Z', { deflate: transferring, inFlight: 1 });
    expect(most).toBe(1);
    expect(unzipSync(zip)['a.txt'].length).toBe(3 * SEGMENT_BYTES + 10);
  });
});

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipEntries, zipEntriesAsync } from '../../../src-renderer/lib/exporters/zip';
import { openDeflatePool } from '../../../src-renderer/lib/workers/deflate-pool';

function text(bytes: number): Uint8Array {
  const words = ['claim ', 'evidence ', 'Sahel ', 'é ', '😀 ', '\n'];
  let s = '';
  for (let i = 0; s.length < 300_000; i++) s += words[(i * 7919) % words.length] + i;
  const base = new TextEncoder().encode(s);
  const out = new Uint8Array(bytes);
  for (let at = 0; at < bytes; at += base.length) out.set(base.subarray(0, bytes - at), at);
  return out;
}

/** Byte equality without the cost of a deep comparison of megabytes. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

describe('deflate workers', () => {
  it('zip a multi-segment file in real workers to the same bytes as one thread does', async () => {
    const big = text(20 << 20);
    const entries = () => [
      { name: 'project.qde', chunks: [big.subarray(0, 1000), big.subarray(1000)] },
      { name: 'sources/a.txt', chunks: [text(5000)] },
    ];
    const mtime = '2025-03-01T10:00:00.000Z';
    const pool = openDeflatePool(2);
    try {
      const zip = await zipEntriesAsync(entries(), mtime, pool);
      expect(same(zip, zipEntries(entries(), mtime))).toBe(true);
      const files = unzipSync(zip);
      expect(same(files['project.qde'], big)).toBe(true);
      expect(same(files['sources/a.txt'], text(5000))).toBe(true);
    } finally {
      pool.close();
    }
  }, 60_000);

  it('fail the export waiting on them when the pool is closed', async () => {
    const pool = openDeflatePool(1);
    const pending = pool.deflate({ data: text(4 << 20), dictionary: new Uint8Array(0), final: true });
    pool.close();
    await expect(pending).rejects.toThrow('the export was closed');
  });
});

describe('the deflate pool while the export writes', () => {
  it('leaves the writer a core, and uses every worker while it waits', async () => {
    // Counts the workers the pool starts: one more starts only when more may run at once.
    const RealWorker = globalThis.Worker;
    let started = 0;
    globalThis.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started++;
      }
    };
    const pool = openDeflatePool(2);
    try {
      const segment = () => ({ data: text(4 << 20), dictionary: new Uint8Array(0), final: true });
      const writing = [pool.deflate(segment()), pool.deflate(segment())];
      expect(started).toBe(1);
      await Promise.all(writing);
      expect(started).toBe(1);
      pool.waiting!(true);
      const waiting = [pool.deflate(segment()), pool.deflate(segment())];
      expect(started).toBe(2);
      await Promise.all(waiting);
    } finally {
      pool.close();
      globalThis.Worker = RealWorker;
    }
    await expect(pool.deflate({ data: text(10), dictionary: new Uint8Array(0), final: true })).rejects.toThrow('the export was closed');
  }, 60_000);
});

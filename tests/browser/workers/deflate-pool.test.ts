import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipEntries, zipEntriesAsync } from '../../../src-renderer/lib/exporters/zip';
import { exportAs, type ExportInput } from '../../../src-renderer/lib/exporters';
import { defaultLabelSet, type Annotation } from '../../../src-renderer/lib/model';
import { openDeflatePool } from '../../../src-renderer/lib/workers/deflate-pool';
import { closeDeflatePool, exportWithPool, warmDeflatePool } from '../../../src-renderer/lib/workers/export-with-pool';

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

  it('take a segment that owns its buffer as it is, and copy a view of someone else’s', async () => {
    const pool = openDeflatePool(1);
    try {
      const bytes = text(1 << 20);
      const big = new Uint8Array(2 << 20);
      big.set(bytes);
      const view = big.subarray(0, bytes.length);
      const owned = await pool.deflate({ data: view, dictionary: new Uint8Array(0), final: true, owned: true });
      expect(big.byteLength).toBe(0);
      const shared = new Uint8Array(2 << 20);
      shared.set(bytes);
      const copied = await pool.deflate({ data: shared.subarray(0, bytes.length), dictionary: new Uint8Array(0), final: true });
      expect(shared.byteLength).toBe(2 << 20);
      expect(same(owned.data, copied.data)).toBe(true);
      expect(owned.size).toBe(bytes.length);
    } finally {
      pool.close();
    }
  });

  it('fail the export waiting on them when the pool is closed', async () => {
    const pool = openDeflatePool(1);
    const pending = pool.deflate({ data: text(4 << 20), dictionary: new Uint8Array(0), final: true });
    pool.close();
    await expect(pending).rejects.toThrow('the deflate workers were closed');
  });
});

describe('the deflate pool while the export writes', () => {
  it('starts every worker at once and hands each segment to the one with the fewest waiting, without waiting for replies', async () => {
    // Records what the pool sends to which worker.
    const RealWorker = globalThis.Worker;
    const sent: number[][] = [];
    globalThis.Worker = class extends RealWorker {
      private readonly index = sent.push([]) - 1;
      postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
        sent[this.index].push((message as { ticket: number }).ticket);
        super.postMessage(message, options as StructuredSerializeOptions);
      }
    };
    const pool = openDeflatePool(2);
    try {
      expect(sent).toHaveLength(2);
      const segment = () => ({ data: text(1 << 20), dictionary: new Uint8Array(0), final: true });
      // Five segments at once, the writer never yielding: all are sent straight away.
      const first = [1, 2, 3, 4, 5].map(() => pool.deflate(segment()));
      expect(sent).toEqual([
        [1, 3, 5],
        [2, 4],
      ]);
      const results = await Promise.all(first);
      expect(results.every((r) => r.size === 1 << 20)).toBe(true);
      // Each segment's result is its own, though the workers answered in any order.
      const lone = await pool.deflate({ data: text(100), dictionary: new Uint8Array(0), final: true });
      expect(lone.size).toBe(100);
    } finally {
      pool.close();
      globalThis.Worker = RealWorker;
    }
    await expect(pool.deflate({ data: text(10), dictionary: new Uint8Array(0), final: true })).rejects.toThrow('the deflate workers were closed');
  }, 60_000);
});

/** A small library to export: one document, a claim with a note and evidence linked to it. */
function fixtureInput(): ExportInput {
  const text = 'The Sahel 😀 report says the market doubled in 2024.\nCritics doubt it.';
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const ann = (id: string, s: string, label: string, more: Partial<Annotation> = {}): Annotation => ({
    id,
    documentId: 'd'.repeat(64),
    ...span(s),
    quote: { exact: s, prefix: '', suffix: '' },
    label,
    note: '',
    links: [],
    author: 'Ada',
    created: '2025-02-01T10:00:00.000Z',
    modified: '2025-02-02T10:00:00.000Z',
    status: 'exact',
    ...more,
  });
  const claim = '00000000-0000-4000-8000-000000000001';
  return {
    documents: [
      {
        id: 'd'.repeat(64),
        title: 'Sahel report',
        source: { fileName: 'sahel.txt', mediaType: 'text/plain', importedAt: '2025-01-01T00:00:00.000Z' },
        meta: {},
        wordCount: 12,
        charCount: text.length,
        addedAt: '2025-01-01T00:00:00.000Z',
        labelSetId: 'close-reader-default',
        text,
        blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
      },
    ],
    labelSets: [defaultLabelSet()],
    annotations: [
      ann(claim, 'the market doubled', 'claim', { note: 'Says *who*?' }),
      ann('00000000-0000-4000-8000-000000000002', 'in 2024', 'evidence', { links: [{ relation: 'supports', to: claim }] }),
    ],
    exportedAt: '2025-03-01T10:00:00.000Z',
  };
}

describe('the deflate pool between exports', () => {
  it('is ready once every worker has warmed up, and says why it stopped', async () => {
    const pool = openDeflatePool(2);
    expect(pool.stopped).toBeUndefined();
    await pool.ready;
    pool.close();
    expect(pool.stopped).toBe('the deflate workers were closed');
  });

  it('is opened ahead of the export (the dialog opened) and kept for the next, until closed', async () => {
    const RealWorker = globalThis.Worker;
    let started = 0;
    globalThis.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started++;
      }
    };
    try {
      closeDeflatePool();
      await warmDeflatePool();
      const workers = started;
      expect(workers).toBeGreaterThan(0);
      const expected = exportAs('refi-qda', fixtureInput()).bytes;
      for (const format of ['refi-qda', 'brat', 'refi-qda'] as const) {
        const { file, deflateWorkers } = await exportWithPool(format, fixtureInput(), {});
        expect(deflateWorkers).toBe(workers);
        if (format === 'refi-qda') expect(same(file.bytes, expected)).toBe(true);
      }
      // Formats that never zip need no pool; the kept one served every export above.
      expect((await exportWithPool('csv', fixtureInput(), {})).deflateWorkers).toBe(0);
      expect(started).toBe(workers);
      closeDeflatePool();
      await exportWithPool('refi-qda', fixtureInput(), {});
      expect(started).toBe(2 * workers);
    } finally {
      closeDeflatePool();
      globalThis.Worker = RealWorker;
    }
  }, 60_000);
});

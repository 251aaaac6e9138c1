/**
 * Helpers the benchmark driver (scripts/bench.mjs) calls in Chromium, on the same origin
 * as the app, so that what they store is what the app then opens. They use the app's own
 * modules: the importer, the repositories, the anchoring core.
 */
import { Dexie } from 'dexie';
import {
  addDocuments,
  ensureDefaultLabelSet,
  putAnnotations,
  saveSetting,
  setFlag,
} from '../../../src-renderer/lib/db';
import { importDocument } from '../../../src-renderer/lib/importers';
import { anchorAll, describe } from '../../../src-renderer/lib/anchoring';
import { newId, type Annotation, type ReaderDocument, type SetDocument } from '../../../src-renderer/lib/model';
import { applyEdits, createRng, generateDocumentText, generateEdits, pickSpans } from '../fixtures/generate-text';

const LABELS = ['claim', 'evidence', 'opinion'];

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Annotations on word-boundary spans of a text, as a reader would make them. */
function makeAnnotations(documentId: string, text: string, count: number, seed: number): Annotation[] {
  const rng = createRng(seed);
  const now = new Date().toISOString();
  // As long as the text leaves room for (non-overlapping) spans of that many.
  const maxLength = Math.min(160, Math.floor(text.length / count) - 4);
  const minLength = Math.min(20, Math.floor(maxLength / 2));
  return pickSpans(text, { count, seed, minLength, maxLength }).map((s) => {
    const { quote } = describe(text, s.start, s.end);
    return {
      id: newId(),
      documentId,
      start: s.start,
      end: s.end,
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      label: LABELS[Math.floor(rng() * LABELS.length)],
      note: rng() < 0.2 ? 'A note on this passage, with *emphasis*.' : '',
      links: [],
      author: 'Bench',
      created: now,
      modified: now,
      status: 'exact',
    };
  });
}

/**
 * The records of a scope written with plain bulkPuts, one transaction, in the app's tables
 * and indexes: documents, texts, and the annotations in packs of PACK_SIZE per document.
 */
async function rawWrite(scope: { documents: SetDocument[]; annotations: Annotation[] }): Promise<{ ms: number; perSecond: number }> {
  const { SCHEMA_V3 } = await import('../../../src-renderer/lib/db');
  const { makePack, PACK_SIZE } = await import('../../../src-renderer/lib/db/pack-plan');
  const scratch = new Dexie(`bench-raw-${Date.now()}`, { chromeTransactionDurability: 'relaxed' });
  scratch.version(1).stores({ packs: SCHEMA_V3.packs, documents: SCHEMA_V3.documents, texts: SCHEMA_V3.texts });
  await scratch.open();
  const byDocument = new Map<string, Annotation[]>();
  for (const a of scope.annotations) {
    const list = byDocument.get(a.documentId) ?? [];
    list.push(a);
    byDocument.set(a.documentId, list);
  }
  const packs = [...byDocument].flatMap(([documentId, list]) =>
    Array.from({ length: Math.ceil(list.length / PACK_SIZE) }, (_, n) => makePack(documentId, n, list.slice(n * PACK_SIZE, (n + 1) * PACK_SIZE))),
  );
  const { ms } = await timed(() =>
    scratch.transaction('rw', ['packs', 'documents', 'texts'], () =>
      Promise.all([
        scratch.table('documents').bulkPut(scope.documents.map(({ text: _t, blocks: _b, ...record }) => ({ ...record, counts: {} }))),
        scratch.table('texts').bulkPut(scope.documents.map((d) => ({ id: d.id, text: d.text, blocks: d.blocks }))),
        scratch.table('packs').bulkPut(packs),
      ]),
    ),
  );
  await scratch.delete();
  return { ms, perSecond: (scope.annotations.length / ms) * 1000 };
}

const api = {
  /** Skips the first-run sample import and the "who is annotating?" question. */
  async prepareProfile(): Promise<void> {
    await ensureDefaultLabelSet();
    await setFlag('samples-seeded');
    await saveSetting('author', 'Bench');
  },

  /** Imports a generated plain-text document through the app's importer and stores it. */
  async importGenerated(paragraphs: number, seed: number): Promise<{ id: string; ms: number; bytes: number }> {
    const text = generateDocumentText({ paragraphs, seed });
    const bytes = new TextEncoder().encode(text.replace(/\n/g, '\n\n'));
    const { ms, value } = await timed(async () => {
      const doc = await importDocument({ name: `generated-${seed}.txt`, bytes });
      await addDocuments([doc]);
      return doc.id;
    });
    return { id: value, ms, bytes: bytes.length };
  },

  async annotate(documentId: string, count: number, seed: number): Promise<{ ms: number }> {
    const { getText } = await import('../../../src-renderer/lib/db');
    const text = (await getText(documentId))!.text;
    const list = makeAnnotations(documentId, text, count, seed);
    const { ms } = await timed(async () => {
      for (let i = 0; i < list.length; i += 2000) await putAnnotations(list.slice(i, i + 2000));
    });
    return { ms };
  },

  /** A library of n small documents. */
  async seedLibrary(n: number): Promise<{ ms: number }> {
    const docs: ReaderDocument[] = [];
    for (let i = 0; i < n; i++) {
      const text = generateDocumentText({ paragraphs: 12, seed: 1000 + i });
      docs.push(await importDocument({ name: `library-${i}.txt`, bytes: new TextEncoder().encode(text) }));
    }
    return timed(async () => {
      for (let i = 0; i < docs.length; i += 200) await addDocuments(docs.slice(i, i + 200));
    });
  },

  /** Anchoring 1,000 quotes of a 1 MB text after 100 of their passages were edited. */
  async anchorEdited(): Promise<{ ms: number; found: number; edited: number; wrong: number }> {
    const original = generateDocumentText({ paragraphs: 2000, seed: 7 });
    const spans = pickSpans(original, { count: 1000, seed: 8, minLength: 30, maxLength: 160 });
    const editedSpans = spans.filter((_, i) => i % 10 === 0);
    const changed = applyEdits(original, generateEdits(original, editedSpans, 9));
    const targets = spans.map((s) => {
      const { quote, position } = describe(original, s.start, s.end);
      return { quote, position };
    });
    const { ms, value } = await timed(async () => anchorAll(changed.text, targets));
    let found = 0;
    let wrong = 0;
    value.forEach((r, i) => {
      if (i % 10 !== 0) return;
      if (r.orphan) return;
      const expected = changed.mapOffset(spans[i].start);
      if (Math.abs(r.start - expected) <= 3) found++;
      else wrong++;
    });
    return { ms, found, edited: editedSpans.length, wrong };
  },

  /**
   * A class's set (100 documents, 100,000 annotations) exported as a Close Reader set, then
   * read, planned and written into this (empty) library, timed phase by phase.
   */
  async importClassSet(): Promise<{ annotations: number; bytes: number; readMs: number; planMs: number; writeMs: number; totalMs: number; rawPerSecond: number }> {
    const { buildScope } = await import('../fixtures/library-scope');
    const { exportCloseReaderSet } = await import('../../../src-renderer/lib/exporters');
    const { planImport, readAnnotationFile } = await import('../../../src-renderer/lib/importers/sets');
    const { applyImport, snapshotLibrary } = await import('../../../src-renderer/lib/db');
    const scope = await buildScope();
    const file = exportCloseReaderSet(scope);
    // The same records (documents, texts, annotations), written raw into a scratch
    // database with the same tables and indexes.
    const raw = await rawWrite(scope);
    const t0 = performance.now();
    const parsed = await readAnnotationFile(file.fileName, file.bytes);
    const t1 = performance.now();
    const plan = planImport(parsed, await snapshotLibrary());
    const t2 = performance.now();
    await applyImport(plan.write);
    const t3 = performance.now();
    if (plan.counts.added !== scope.annotations.length) throw new Error(`planned ${plan.counts.added} of ${scope.annotations.length}`);
    return { annotations: scope.annotations.length, bytes: file.bytes.length, readMs: t1 - t0, planMs: t2 - t1, writeMs: t3 - t2, totalMs: t3 - t0, rawPerSecond: raw.perSecond };
  },

  /** Every export format (or some), timed in a worker as the app exports (export-bench.worker.ts). */
  exportAll(request: import('./export-bench.worker').ExportBenchRequest = {}): Promise<import('./export-bench.worker').ExportTiming[]> {
    const worker = new Worker(new URL('./export-bench.worker.ts', import.meta.url), { type: 'module' });
    return new Promise((resolve, reject) => {
      worker.onmessage = (e) => {
        worker.terminate();
        if (e.data.ok) resolve(e.data.timings);
        else reject(new Error(e.data.message));
      };
      worker.onerror = (e) => reject(new Error(e.message || 'the export benchmark worker failed'));
      worker.postMessage(request);
    });
  },
};

declare global {
  interface Window {
    crBench: typeof api;
  }
}

window.crBench = api;
document.title = 'Close Reader benchmarks (ready)';

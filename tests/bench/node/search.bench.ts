/**
 * Full-text search over a library of 1,000 generated documents, about 50 MB of text:
 * indexing, ~200 varied queries (words, prefixes, two-word AND, phrases), export/import
 * for persistence, removal, and the heap the index takes.
 *
 * The text is the fixture's English-like prose with, in one paragraph out of two, a
 * sentence drawn from a long-tailed vocabulary of 60,000 rarer words (names, places,
 * technical terms): the fixture's own vocabulary is a few hundred words, far fewer than
 * a real library's, and the size of an index grows with its vocabulary.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Block } from '../../../src-renderer/lib/model';
import { SearchIndex, type IndexableDocument } from '../../../src-renderer/lib/search';
import { createRng, generateDocumentText } from '../fixtures/generate-text';
import { stats, type BenchRow } from '../types';

const GROUP = 'search';
const DOCUMENTS = 1000;
const RARE_WORDS = 60_000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** The JavaScript heap plus typed-array memory, which V8 keeps outside the heap. */
function memoryMB(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
}

/** Name-like words from syllables, some accented, as found in reports on far-away places. */
function rareVocabulary(rng: () => number): string[] {
  const syllables = ['ka', 'ro', 'mi', 'sel', 'tan', 'dor', 'vi', 'lu', 'ber', 'ou', 'ga', 'dé', 'ni', 'za', 'tin', 'mo', 'ré', 'sa', 'hel', 'ba'];
  const words = new Set<string>();
  while (words.size < RARE_WORDS) {
    let w = '';
    for (let n = 2 + Math.floor(rng() * 3); n > 0; n--) w += syllables[Math.floor(rng() * syllables.length)];
    words.add(rng() < 0.3 ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return [...words];
}

function corpus(): IndexableDocument[] {
  const rng = createRng(2025);
  const rare = rareVocabulary(rng);
  // Long tail: the k-th word comes up about 1/k as often as the first.
  const pick = () => rare[Math.floor(Math.exp(rng() * Math.log(rare.length))) - 1];
  const docs: IndexableDocument[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const paragraphs = generateDocumentText({ paragraphs: 20 + Math.floor(rng() * 140), seed: d + 1 })
      .split('\n')
      .map((p) => (rng() < 0.5 ? `${p} ${Array.from({ length: 6 + Math.floor(rng() * 10) }, pick).join(' ')}.` : p));
    const blocks: Block[] = [];
    let at = 0;
    for (const p of paragraphs) {
      blocks.push({ kind: 'paragraph', start: at, end: at + p.length });
      at += p.length + 1;
    }
    docs.push({ id: `doc-${d}`, title: `Report ${d}: ${pick()} and the ${pick()} question`, text: paragraphs.join('\n'), blocks });
  }
  return docs;
}

/** ~200 queries of four kinds, taken from the texts so that most of them find something. */
function queries(docs: readonly IndexableDocument[]): { kind: string; query: string }[] {
  const rng = createRng(7);
  const out: { kind: string; query: string }[] = [];
  const words = () => {
    const doc = docs[Math.floor(rng() * docs.length)];
    const at = Math.floor(rng() * (doc.text.length - 400));
    return doc.text.slice(at, at + 400).split(/[^\p{L}\p{N}’']+/u).slice(1, -1).filter(Boolean);
  };
  while (out.length < 200) {
    const w = words();
    if (w.length < 6) continue;
    const i = Math.floor(rng() * (w.length - 4));
    switch (out.length % 4) {
      case 0:
        out.push({ kind: 'word', query: `${w[i]} ` });
        break;
      case 1:
        out.push({ kind: 'prefix', query: w[i].slice(0, 2 + Math.floor(rng() * 4)) });
        break;
      case 2:
        out.push({ kind: 'and', query: `${w[i]} ${w[i + 2 + Math.floor(rng() * 2)]} ` });
        break;
      default:
        out.push({ kind: 'phrase', query: `"${w.slice(i, i + 2 + Math.floor(rng() * 3)).join(' ')}"` });
    }
  }
  return out;
}

export default async (): Promise<BenchRow[]> => {
  const docs = corpus();
  const mb = docs.reduce((n, d) => n + d.text.length, 0) / 1e6;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const source = { getTexts: async (ids: readonly string[]) => new Map(ids.map((id) => [id, byId.get(id)!.text])) };

  // Built as at start-up without a persisted index: sync() from empty, letting the event
  // loop run now and then; its longest wait is the longest the page would freeze.
  const memoryBefore = memoryMB();
  const index = new SearchIndex({ texts: source });
  const loader = {
    async documents(ids: readonly string[]) {
      return ids.map((id) => byId.get(id)!);
    },
    async notes() {
      return [];
    },
  };
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let t0 = performance.now();
  await index.sync({ documents: docs.map((d) => ({ id: d.id, title: d.title })), notes: [] }, loader);
  const indexMs = performance.now() - t0;
  delay.disable();
  const memoryDelta = memoryMB() - memoryBefore;
  const { passages, terms } = index.stats();

  const list = queries(docs);
  const times: number[] = [];
  const cpu: number[] = [];
  const byKind = new Map<string, number[]>();
  let found = 0;
  for (const { query } of list.slice(0, 20)) await index.search(query); // warm-up
  for (const { kind, query } of list) {
    const c0 = process.cpuUsage();
    t0 = performance.now();
    const hits = await index.search(query);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    times.push(ms);
    cpu.push((c.user + c.system) / 1000);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    if (hits.length) found++;
  }
  const all = stats(times);

  t0 = performance.now();
  const chunks = index.exportIndex();
  const exportMs = performance.now() - t0;
  const exportMB = chunks.reduce((n, c) => n + Buffer.byteLength(c.data), 0) / 1e6;
  const restored = new SearchIndex({ texts: source });
  t0 = performance.now();
  const ok = restored.importIndex(chunks);
  const importMs = performance.now() - t0;
  if (!ok) throw new Error('the exported index did not import');

  // Removing a document scans the text index once per passage (no reverse map after an import).
  t0 = performance.now();
  restored.removeDocument(docs[DOCUMENTS >> 1].id);
  const removeMs = performance.now() - t0;

  const kindNote = [...byKind].map(([k, v]) => `${k} ${stats(v).p95.toFixed(1)}`).join(', ');
  return [
    {
      group: GROUP,
      name: `index 1,000 documents (${mb.toFixed(0)} MB)`,
      value: Math.round(indexMs),
      unit: 'ms',
      note: `sync() from empty: ${passages} passages, ${terms} distinct terms; event loop blocked at most ${Math.round(delay.max / 1e6)} ms`,
    },
    {
      group: GROUP,
      name: 'search query p95',
      value: +all.p95.toFixed(2),
      unit: 'ms',
      target: 30,
      note: `${list.length} queries, ${found} with hits; p95 by kind (ms): ${kindNote}; CPU time p95 ${stats(cpu).p95.toFixed(1)} ms`,
    },
    { group: GROUP, name: 'search query median', value: +all.median.toFixed(2), unit: 'ms' },
    { group: GROUP, name: 'index export size', value: +exportMB.toFixed(1), unit: 'MB', note: `${chunks.length} chunks` },
    { group: GROUP, name: 'index export', value: Math.round(exportMs), unit: 'ms' },
    { group: GROUP, name: 'index import (start-up)', value: Math.round(importMs), unit: 'ms' },
    {
      group: GROUP,
      name: 'remove 1 document',
      value: Math.round(removeMs),
      unit: 'ms',
      note: `about ${Math.round(passages / DOCUMENTS)} passages, each a scan of the text index`,
    },
    {
      group: GROUP,
      name: 'heap delta',
      value: +memoryDelta.toFixed(1),
      unit: 'MB',
      note: 'heap and typed arrays after indexing: index, catalog, vocabulary, phrase filters, and up to 8 M units of cached text',
    },
  ];
};

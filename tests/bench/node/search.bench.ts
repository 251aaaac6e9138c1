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
import vm from 'node:vm';
import v8 from 'node:v8';
import type { Block } from '../../../src-renderer/lib/model';
import { SearchIndex, type IndexableDocument } from '../../../src-renderer/lib/search';
import { encode } from '../../../src-renderer/lib/search/tokenize';
import { createRng, generateDocumentText } from '../fixtures/generate-text';
import { stats, type BenchRow } from '../types';

const GROUP = 'search';
const DOCUMENTS = Number(process.env.SEARCH_BENCH_DOCS ?? 1000);
const RARE_WORDS = 60_000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
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
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const source = { getTexts: async (ids: readonly string[]) => new Map(ids.map((id) => [id, texts.get(id)!])) };

  const heapBefore = heapMB();
  const index = new SearchIndex({ texts: source });
  let t0 = performance.now();
  for (const doc of docs) index.addDocument(doc);
  const indexMs = performance.now() - t0;
  const heapDelta = heapMB() - heapBefore;
  const { passages, terms } = index.stats();

  const list = queries(docs);
  const times: number[] = [];
  const byKind = new Map<string, number[]>();
  let found = 0;
  for (const { query } of list.slice(0, 20)) await index.search(query); // warm-up
  const cpu: number[] = [];
  for (const { kind, query } of list) {
    t0 = performance.now();
    const c0 = process.cpuUsage();
    const hits = await index.search(query);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    times.push(ms);
    if (process.env.SEARCH_BENCH_SLOW && ms > +process.env.SEARCH_BENCH_SLOW) console.error(kind, JSON.stringify(query), ms.toFixed(1), hits.length);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    if (hits.length) found++;
  }
  const all = stats(times);
  if (process.env.SEARCH_BENCH_SLOW) console.error('cpu', stats(cpu));
  for (let r = 0; r < +(process.env.SEARCH_BENCH_REPEAT ?? 0); r++) for (const { query } of list) await index.search(query);

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
  const victim = docs[DOCUMENTS >> 1];
  const victimPassages = passages / DOCUMENTS;
  t0 = performance.now();
  restored.removeDocument(victim.id);
  const removeMs = performance.now() - t0;

  // The same passages, encoded without FlexSearch: how much of indexing is our tokenizer.
  t0 = performance.now();
  for (const doc of docs) encode(doc.text);
  const encodeMs = performance.now() - t0;

  const kindNote = [...byKind].map(([k, v]) => `${k} p95 ${stats(v).p95.toFixed(2)} ms`).join(', ');
  return [
    {
      group: GROUP,
      name: `index 1,000 documents (${mb.toFixed(0)} MB)`,
      value: Math.round(indexMs),
      unit: 'ms',
      note: `${passages} passages, ${terms} distinct terms; tokenizing alone takes ${Math.round(encodeMs)} ms`,
    },
    {
      group: GROUP,
      name: 'search query p95',
      value: +all.p95.toFixed(2),
      unit: 'ms',
      target: 30,
      note: `${list.length} queries, ${found} with hits; ${kindNote}`,
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
      note: `about ${Math.round(victimPassages)} passages, each a scan of the text index`,
    },
    {
      group: GROUP,
      name: 'heap delta',
      value: +heapDelta.toFixed(1),
      unit: 'MB',
      note: 'index, catalog and vocabulary, plus up to 8 M units of cached text',
    },
  ];
};

/**
 * Importing a class's worth of annotations: a Close Reader set of 100 documents and 100,000
 * annotations (1,000 per reading, some with notes and links, one in a hundred texts with
 * characters outside the BMP), read, validated and planned against a library. The
 * IndexedDB write done by the storage adapter comes on top (whole target: under 10 s).
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Annotation, SetDocument } from '../../../src-renderer/lib/model';
import { defaultLabelSet, sha256Hex, splitDocument } from '../../../src-renderer/lib/model';
import { describe } from '../../../src-renderer/lib/anchoring';
import { exportCloseReaderSet, exportW3c, type ExportInput } from '../../../src-renderer/lib/exporters';
import { planImport, readAnnotationFile, type LibrarySnapshot } from '../../../src-renderer/lib/importers/sets';
import { createRng, generateDocumentText, pickSpans } from '../fixtures/generate-text';
import { stats, time, type BenchRow } from '../types';

const GROUP = 'import';
const DOCUMENTS = 100;
const PER_DOCUMENT = 1000;
const LABELS = ['claim', 'evidence', 'opinion'];

async function buildScope(): Promise<ExportInput> {
  const rng = createRng(7);
  const documents: SetDocument[] = [];
  const annotations: Annotation[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const text = generateDocumentText({ paragraphs: 200, seed: 100 + d, nonBmpRate: 0.01 });
    const id = await sha256Hex(text);
    const { record } = splitDocument(
      { id, title: `Reading ${d + 1}`, source: { fileName: `reading-${d + 1}.txt`, mediaType: 'text/plain', importedAt: '2025-01-01T00:00:00.000Z' }, meta: {}, text, blocks: [] },
      { addedAt: '2025-01-01T00:00:00.000Z', labelSetId: 'close-reader-default' },
    );
    documents.push({ ...record, text, blocks: [{ kind: 'paragraph', start: 0, end: text.indexOf('\n') }] });
    const spans = pickSpans(text, { count: PER_DOCUMENT, seed: d, minLength: 20, maxLength: 80 });
    const first = annotations.length;
    spans.forEach((s, i) => {
      const { quote } = describe(text, s.start, s.end);
      const minute = String(Math.floor(rng() * 60)).padStart(2, '0');
      annotations.push({
        id: crypto.randomUUID(),
        documentId: id,
        start: s.start,
        end: s.end,
        quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        label: LABELS[i % 3],
        note: i % 4 === 0 ? `Note ${i}: compare with paragraph ${Math.floor(rng() * 200)}.` : '',
        links: i % 3 === 1 && i > 0 ? [{ relation: 'supports', to: annotations[first + i - 1].id }] : [],
        author: `Student ${1 + Math.floor(rng() * 30)}`,
        created: `2025-02-0${1 + (i % 9)}T10:${minute}:00.000Z`,
        modified: `2025-02-0${1 + (i % 9)}T11:${minute}:00.000Z`,
        status: 'exact',
      });
    });
  }
  return { documents, labelSets: [defaultLabelSet()], annotations, exportedAt: '2025-03-01T00:00:00.000Z' };
}

const empty: LibrarySnapshot = { documents: [], annotations: [], tombstones: [], labelSets: [] };

export default async (): Promise<BenchRow[]> => {
  const scope = await buildScope();
  const set = exportCloseReaderSet(scope);
  const w3c = exportW3c(scope);
  const withDocuments: LibrarySnapshot = {
    ...empty,
    labelSets: scope.labelSets,
    documents: scope.documents.map(({ text, blocks: _blocks, ...record }) => ({ record, text })),
  };
  const full: LibrarySnapshot = { ...withDocuments, annotations: scope.annotations };
  const mb = (bytes: Uint8Array) => (bytes.length / 1024 / 1024).toFixed(0);
  const count = `${(scope.annotations.length / 1000).toFixed(0)}k annotations, ${DOCUMENTS} documents`;

  const importInto = async (bytes: Uint8Array, name: string, library: LibrarySnapshot, expectAdded: number) => {
    const plan = planImport(await readAnnotationFile(name, bytes), library);
    if (plan.counts.added !== expectAdded || plan.counts.conflicts || plan.counts.orphans) {
      throw new Error(`unexpected plan for ${name}: ${JSON.stringify(plan.counts)}`);
    }
    return plan;
  };

  const rows: BenchRow[] = [];
  // Few runs: each reads tens of megabytes, and the suite must stay within a few tens of seconds.
  // CPU time is noted beside the wall time: on a shared machine the wall time mostly measures the queue.
  const measure = async (name: string, fn: () => Promise<unknown>, note: string, runs: number, target?: number) => {
    const cpu: number[] = [];
    const timed = async () => {
      const before = process.cpuUsage();
      await fn();
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    };
    const s = stats(await time(timed, runs, runs > 1 ? 1 : 0));
    const spread = runs > 1 ? `${runs} runs, ${Math.round(s.min)}–${Math.round(s.max)} ms` : 'one run';
    const load = `CPU ${Math.round(stats(cpu.slice(-runs)).median)} ms, load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
    rows.push({ group: GROUP, name, value: Math.round(s.median), unit: 'ms', ...(target ? { target } : {}), note: `${note}; ${spread}; ${load}` });
  };

  await measure(
    `read + validate + plan a Close Reader set (${count}) into an empty library`,
    () => importInto(set.bytes, set.fileName, empty, scope.annotations.length),
    `${mb(set.bytes)} MB zip (${set.mediaType}); the IndexedDB write of the plan comes on top of this`,
    2,
    10_000,
  );
  await measure(
    `re-import the same set into the library that holds it (all unchanged)`,
    () => importInto(set.bytes, set.fileName, full, 0),
    `${count} compared`,
    2,
  );
  await measure(
    `read + validate + plan a W3C collection (${count}) against the library's texts`,
    () => importInto(w3c.bytes, w3c.fileName, withDocuments, scope.annotations.length),
    `${mb(w3c.bytes)} MB of JSON-LD; code-point positions, placed by position`,
    1,
  );
  return rows;
};

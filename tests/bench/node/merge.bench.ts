/**
 * Importing a class's worth of annotations: a Close Reader set of 100 documents and 100,000
 * annotations (1,000 per reading, some with notes and links, one in a hundred texts with
 * characters outside the BMP), read, validated and planned against a library. The
 * IndexedDB write done by the storage adapter comes on top (whole target: under 10 s).
 */
import { availableParallelism, loadavg } from 'node:os';
import { exportCloseReaderSet, exportW3c } from '../../../src-renderer/lib/exporters';
import { planImport, readAnnotationFile, type LibrarySnapshot } from '../../../src-renderer/lib/importers/sets';
import { DOCUMENTS, buildScope } from '../fixtures/library-scope';
import { stats, time, type BenchRow } from '../types';

const GROUP = 'import';

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

import { beforeEach, describe, expect, it } from 'vitest';
import {
  addDocuments,
  applyImport,
  createAnnotation,
  deleteAnnotations,
  ensureDefaultLabelSet,
  getDocument,
  listAnnotations,
  listTombstones,
  loadExportScope,
  snapshotLibrary,
  listDocuments,
  listLabelSets,
} from '../../../src-renderer/lib/db';
import { startExport } from '../../../src-renderer/lib/state/export-job';
import { exportAs } from '../../../src-renderer/lib/exporters';
import { planImport, readAnnotationFile } from '../../../src-renderer/lib/importers/sets';
import { PACK_SIZE } from '../../../src-renderer/lib/db/pack-plan';
import { freshDatabase } from './fresh-db';
import { makeAnnotation, makeDocument } from './sample-data';

beforeEach(() => {
  freshDatabase();
});

async function library() {
  await ensureDefaultLabelSet();
  const a = await makeDocument('The Sahel has become a hotbed of extremist violence.\nNearly half of all deaths from terrorism now occur in the Sahel.', 'Rutte');
  const b = await makeDocument('Washington should support strong regional allies 😀 who defend their sovereignty.', 'Column');
  await addDocuments([a, b]);
  const claim = makeAnnotation(a.id, { start: 4, end: 9, quote: { exact: 'Sahel', prefix: 'The ', suffix: ' has' }, label: 'claim', author: 'Amina' });
  const evidence = makeAnnotation(a.id, {
    start: 53,
    end: 61,
    quote: { exact: 'Nearly h', prefix: '', suffix: '' },
    label: 'evidence',
    author: 'Moussa',
    note: 'Rutte, *NATO*',
    links: [{ relation: 'supports', to: claim.id }],
  });
  const opinion = makeAnnotation(b.id, { start: 0, end: 10, quote: { exact: 'Washington', prefix: '', suffix: ' should' }, label: 'opinion', author: 'Amina' });
  const gone = makeAnnotation(b.id, { start: 11, end: 17, label: 'claim' });
  for (const x of [claim, evidence, opinion, gone]) await createAnnotation(x);
  await deleteAnnotations([gone.id], '2026-02-01T00:00:00.000Z');
  return { a, b, claim, evidence, opinion, gone };
}

describe('export scope', () => {
  it('loads documents with texts, their label sets, annotations and tombstones; filters by label and author', async () => {
    const { a, b } = await library();
    const all = await loadExportScope('all');
    expect(all.documents.map((d) => d.title).sort()).toEqual(['Column', 'Rutte']);
    expect(all.documents.every((d) => d.text.length > 0 && d.blocks.length > 0 && !('counts' in d))).toBe(true);
    expect(all.annotations).toHaveLength(3);
    expect(all.tombstones).toHaveLength(1);
    expect(all.labelSets.map((s) => s.id)).toEqual(['close-reader-default']);
    const one = await loadExportScope([a.id], { labels: ['claim', 'evidence'], authors: ['Amina'] });
    expect(one.annotations.map((x) => x.label)).toEqual(['claim']);
    expect(one.tombstones).toEqual([]);
    expect((await loadExportScope([b.id])).annotations.map((x) => x.label)).toEqual(['opinion']);
  });
});

describe('a Close Reader set round trip through the stores', () => {
  it('export, then import into an empty library, gives back exactly the same library', async () => {
    await library();
    const before = await snapshotLibrary();
    // The way the app exports (no Worker in Node, so on this thread: the same runExportJob).
    const file = await startExport({ documentIds: 'all', filter: {}, format: 'close-reader-set', title: 'Backup', version: '9.9.9' });
    expect(file.fileName).toMatch(/^Backup.*\.crset\.json$/);
    expect(new TextDecoder().decode(file.bytes)).toContain('"generator":"Close Reader 9.9.9"');

    freshDatabase();
    await ensureDefaultLabelSet();
    const parsed = await readAnnotationFile(file.fileName, file.bytes);
    const plan = planImport(parsed, await snapshotLibrary());
    expect(plan.counts).toMatchObject({ added: 3, documentsAdded: 2, tombstones: 1, conflicts: 0, orphans: 0 });
    await applyImport(plan.write);
    const after = await snapshotLibrary();

    const strip = (s: typeof before) => ({
      // `rev` is this library's own change counter, not part of the exchanged data.
      documents: s.documents.map((d) => ({ ...d.record, rev: undefined, text: d.text })).sort((x, y) => x.id.localeCompare(y.id)),
      annotations: [...s.annotations].sort((x, y) => x.id.localeCompare(y.id)),
      tombstones: [...s.tombstones].sort((x, y) => x.id.localeCompare(y.id)),
      labelSets: s.labelSets,
    });
    expect(strip(after)).toEqual(strip(before));

    // Importing the same file again changes nothing.
    const again = planImport(await readAnnotationFile(file.fileName, file.bytes), await snapshotLibrary());
    // Three annotations and one deletion, all already there.
    expect(again.counts).toMatchObject({ added: 0, updated: 0, deleted: 0, unchanged: 4 });
    await applyImport(again.write);
    expect(strip(await snapshotLibrary())).toEqual(strip(before));
  });

  it('keeps label counts right after a merge that adds, updates and deletes', async () => {
    const { a, claim } = await library();
    const scope = await loadExportScope([a.id]);
    const edited = {
      ...scope,
      annotations: scope.annotations.map((x) => (x.id === claim.id ? { ...x, label: 'opinion', modified: '2027-01-01T00:00:00.000Z' } : x)),
    };
    const file = exportAs('close-reader-set', edited);
    const plan = planImport(await readAnnotationFile(file.fileName, file.bytes), await snapshotLibrary());
    expect(plan.counts.updated).toBe(1);
    await applyImport(plan.write);
    expect((await getDocument(a.id))!.counts).toEqual({ opinion: 1, evidence: 1 });
    expect((await listAnnotations(a.id)).find((x) => x.id === claim.id)!.author).toBe('Amina');
  });

  it('reports the annotations written as it goes, in order, up to all of them', async () => {
    await library();
    const [doc] = await listDocuments();
    const stored = (await listAnnotations(doc.id)).length;
    const total = 2 * PACK_SIZE + 88;
    const annotations = Array.from({ length: total }, () => makeAnnotation(doc.id));
    const heard: [number, number][] = [];
    await applyImport(
      { documents: [], labelSets: [], annotations, deleteAnnotations: [], tombstones: [], deleteTombstones: [] },
      (written, total) => heard.push([written, total]),
      { every: PACK_SIZE, minPacks: 1 },
    );
    // Written a pack at a time here (each group of packs holds about `every` annotations);
    // the first pack already held the document's annotations.
    expect(stored).toBeGreaterThan(0);
    expect(heard).toEqual([
      [PACK_SIZE - stored, total],
      [2 * PACK_SIZE - stored, total],
      [total, total],
    ]);
    const after = new Set((await listAnnotations(doc.id)).map((a) => a.id));
    expect(after.size).toBe(stored + total);
    expect(annotations.every((a) => after.has(a.id))).toBe(true);
    expect(Object.values((await getDocument(doc.id))!.counts).reduce((n, c) => n + c, 0)).toBe(stored + total);
  });

  it('a plan that fails to apply leaves the library exactly as it was', async () => {
    await library();
    const before = await snapshotLibrary();
    const docs = await listDocuments();
    await expect(
      applyImport({
        documents: [],
        labelSets: [],
        annotations: [makeAnnotation(docs[0].id), { id: undefined } as never],
        deleteAnnotations: [],
        tombstones: [],
        deleteTombstones: [],
      }),
    ).rejects.toThrow();
    expect(await snapshotLibrary()).toEqual(before);
    expect(await listTombstones()).toHaveLength(1);
    expect(await listLabelSets()).toHaveLength(1);
  });
});

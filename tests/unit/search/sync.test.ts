import { describe, expect, it } from 'vitest';
import { SearchIndex, type IndexableDocument, type LibraryState, type SyncLoader } from '../../../src-renderer/lib/search';
import { planSync } from '../../../src-renderer/lib/search/sync';
import { generateDocumentText } from '../../bench/fixtures/generate-text';
import { documentOf, library, textSourceOf } from './library';

const state = (docs: readonly IndexableDocument[], notes: LibraryState['notes'] = []): LibraryState => ({
  documents: docs.map((d) => ({ id: d.id, title: d.title })),
  notes,
});

function loaderOf(docs: readonly IndexableDocument[]): SyncLoader & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async documents(ids) {
      calls.push([...ids]);
      return docs.filter((d) => ids.includes(d.id));
    },
    async notes(ids) {
      return ids.map((id) => ({ id, documentId: library[0].id, note: `note ${id} about drought`, modified: 'v1', start: 0, end: 1 }));
    },
  };
}

describe('planSync', () => {
  it('lists what to add, remove, retitle, upsert and drop', () => {
    const indexed: LibraryState = {
      documents: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }],
      notes: [
        { id: 'n1', documentId: 'a', modified: '1' },
        { id: 'n2', documentId: 'b', modified: '1' },
        { id: 'n3', documentId: 'b', modified: '1' },
      ],
    };
    const now: LibraryState = {
      documents: [{ id: 'b', title: 'B' }, { id: 'c', title: 'C, renamed' }, { id: 'd', title: 'D' }],
      notes: [
        { id: 'n2', documentId: 'b', modified: '1' },
        { id: 'n3', documentId: 'b', modified: '2' },
        { id: 'n4', documentId: 'd', modified: '1' },
        { id: 'n5', documentId: 'gone', modified: '1' },
      ],
    };
    expect(planSync(indexed, now)).toEqual({
      addDocuments: ['d'],
      removeDocuments: ['a'],
      retitle: [{ id: 'c', title: 'C, renamed' }],
      upsertNotes: ['n3', 'n4'],
      removeNotes: ['n1'],
    });
    expect(planSync(now, now)).toEqual({ addDocuments: [], removeDocuments: [], retitle: [], upsertNotes: [], removeNotes: ['n5'] });
  });
});

describe('SearchIndex.sync', () => {
  it('indexes a whole library in batches, reporting progress', async () => {
    const index = new SearchIndex({ texts: textSourceOf(library) });
    const loader = loaderOf(library);
    const progress: [number, number][] = [];
    const report = await index.sync(state(library, [{ id: 'n1', documentId: library[0].id, modified: 'v1' }]), loader, {
      batch: 3,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(loader.calls.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(progress).toEqual([[3, 7], [6, 7], [7, 7]]);
    expect(report).toMatchObject({ addedDocuments: 7, upsertedNotes: 1, rebuilt: false, changed: true });
    expect((await index.search('drought')).map((h) => h.kind)).toEqual(['note']);
    expect(await index.sync(state(library, [{ id: 'n1', documentId: library[0].id, modified: 'v1' }]), loader)).toMatchObject({
      changed: false,
    });
  });

  it('rebuilds instead of removing passage by passage when much is stale', async () => {
    const big = documentOf('big', 'A long report', generateDocumentText({ paragraphs: 4000, seed: 11 }));
    const docs = [...library, big];
    const index = new SearchIndex({ texts: textSourceOf(docs) });
    for (const d of docs) index.addDocument(d);
    expect(index.stats().passages).toBeGreaterThan(1000);
    expect((await index.search('committee’s final report')).length).toBeGreaterThan(0);

    const loader = loaderOf(docs);
    const report = await index.sync(state(library.slice(1)), loader);
    expect(report).toMatchObject({ rebuilt: true, removedDocuments: 2, addedDocuments: library.length - 1, changed: true });
    expect(index.stats().documents).toBe(library.length - 1);
    expect(await index.search('committee’s final report')).toEqual([]);
    expect((await index.search('Rutte')).map((h) => h.documentId)).toEqual(['nato-isis-coalition-africa']);
  });

  it('removes a few stale documents in place', async () => {
    const index = new SearchIndex({ texts: textSourceOf(library) });
    for (const d of library) index.addDocument(d);
    const loader = loaderOf(library);
    const report = await index.sync(state(library.slice(0, -1)), loader);
    expect(report).toMatchObject({ rebuilt: false, removedDocuments: 1, addedDocuments: 0 });
    expect(loader.calls).toEqual([]);
    expect(await index.search('الأمن')).toEqual([]);
  });
});

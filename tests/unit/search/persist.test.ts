import { describe, expect, it } from 'vitest';
import {
  chunksFingerprint,
  fingerprintOf,
  restoreSearchIndex,
  SearchIndex,
  type IndexChunk,
  type IndexStore,
  type IndexableNote,
  type LibraryState,
  type SyncLoader,
} from '../../../src-renderer/lib/search';
import { byId, indexOf, library, textSourceOf } from './library';

const QUERIES = [
  'Sahel', 'secu', 'Rutte said', '"United States"', 'kidnap', 'Niger coup', 'sécurité', 'أمن', 'casualty',
  '"security vacuum"', 'the', 'jihadist insurgency', 'coalition Africa',
];

const NOTES: IndexableNote[] = [
  { id: 'a1', documentId: 'nato-isis-coalition-africa', note: 'casualty figures disputed', modified: '2025-01-01', start: 10, end: 20 },
  { id: 'a2', documentId: 'fr-securite-sahel', note: 'Voir la sécurité humaine', modified: '2025-01-02', start: 0, end: 5 },
];

function annotated(): SearchIndex {
  const index = indexOf();
  for (const n of NOTES) index.upsertNote(n);
  return index;
}

async function answers(index: SearchIndex) {
  return Promise.all(QUERIES.map((q) => index.search(q)));
}

/** What a database would hand back: chunks that went through structured cloning. */
const stored = (chunks: IndexChunk[]): IndexChunk[] => structuredClone(chunks);

function libraryState(docs = library, notes = NOTES): LibraryState {
  return {
    documents: docs.map((d) => ({ id: d.id, title: d.title })),
    notes: notes.map(({ id, documentId, modified }) => ({ id, documentId, modified })),
  };
}

function loaderOf(notes = NOTES): SyncLoader & { loaded: string[][] } {
  const loaded: string[][] = [];
  return {
    loaded,
    async documents(ids) {
      loaded.push([...ids]);
      return ids.map(byId);
    },
    async notes(ids) {
      return notes.filter((n) => ids.includes(n.id));
    },
  };
}

describe('export and import', () => {
  it('gives back an index that answers every query identically', async () => {
    const original = annotated();
    const chunks = original.exportIndex();
    for (const c of chunks) expect(typeof c.data).toBe('string');
    expect(new Set(chunks.map((c) => c.key)).size).toBe(chunks.length);

    const copy = new SearchIndex({ texts: textSourceOf(library) });
    expect(copy.importIndex(stored(chunks))).toBe(true);
    const expected = await answers(original);
    expect(expected.every((hits) => hits.length > 0)).toBe(true);
    expect(await answers(copy)).toEqual(expected);
    expect(copy.stats()).toEqual(original.stats());
    expect(copy.fingerprint()).toBe(original.fingerprint());
  });

  it('keeps working incrementally after an import', async () => {
    const copy = new SearchIndex({ texts: textSourceOf(library) });
    copy.importIndex(stored(annotated().exportIndex()));
    copy.removeDocument('nato-isis-coalition-africa');
    copy.removeNote('a2');
    copy.addDocument({ id: 'extra', title: 'Extra reading', text: 'Timbuktu manuscripts were saved.', blocks: [] });
    expect(await copy.search('Rutte')).toEqual([]);
    expect((await copy.search('humaine')).length).toBe(0);
    expect((await copy.search('Timbuktu manu')).map((h) => h.documentId)).toEqual(['extra']);
    expect((await copy.search('Wagner')).map((h) => h.documentId)).toEqual(['bamako-isolation-key-points']);
  });

  it('refuses chunks that are incomplete, of another version or not its own, and is left empty', async () => {
    const chunks = annotated().exportIndex();
    const index = annotated();
    expect(index.importIndex(chunks.slice(0, -1))).toBe(false);
    expect(index.stats()).toEqual({ documents: 0, passages: 0, notes: 0, terms: 0 });
    expect(await index.search('Sahel')).toEqual([]);

    const meta = JSON.parse(chunks[0].data);
    const older = [{ key: 'meta', data: JSON.stringify({ ...meta, version: meta.version - 1 }) }, ...chunks.slice(1)];
    expect(index.importIndex(older)).toBe(false);
    expect(chunksFingerprint(older)).toBeUndefined();
    expect(index.importIndex([{ key: 'meta', data: 'not json' }])).toBe(false);
    expect(index.importIndex([])).toBe(false);
    const broken = chunks.map((c) => (c.key === 'catalog' ? { ...c, data: '{' } : c));
    expect(index.importIndex(broken)).toBe(false);
  });
});

describe('fingerprint', () => {
  it('names what is indexed, whatever the order, and changes with any title, document or note version', () => {
    const index = annotated();
    const state = libraryState();
    expect(index.fingerprint()).toBe(fingerprintOf(state));
    expect(fingerprintOf({ documents: [...state.documents].reverse(), notes: [...state.notes].reverse() })).toBe(
      fingerprintOf(state),
    );
    expect(chunksFingerprint(index.exportIndex())).toBe(fingerprintOf(state));
    const before = index.fingerprint();
    index.upsertNote({ ...NOTES[0], modified: '2025-02-01' });
    const edited = index.fingerprint();
    expect(edited).not.toBe(before);
    index.updateTitle('fr-securite-sahel', 'Autre titre');
    expect(index.fingerprint()).not.toBe(edited);
    expect(fingerprintOf({ ...state, documents: state.documents.slice(1) })).not.toBe(fingerprintOf(state));
  });
});

describe('restoreSearchIndex', () => {
  function memoryStore(): IndexStore & { rows: IndexChunk[]; saves: number } {
    return {
      rows: [],
      saves: 0,
      async load() {
        return stored(this.rows);
      },
      async save(chunks) {
        this.saves++;
        this.rows = stored(chunks);
      },
      async clear() {
        this.rows = [];
      },
    };
  }

  it('builds the index the first time, restores it without loading anything the next time', async () => {
    const store = memoryStore();
    const first = new SearchIndex({ texts: textSourceOf(library) });
    const loader = loaderOf();
    const report = await restoreSearchIndex(first, store, libraryState(), loader);
    expect(report).toMatchObject({ restored: false, addedDocuments: library.length, upsertedNotes: 2, changed: true });
    expect(store.saves).toBe(1);

    const second = new SearchIndex({ texts: textSourceOf(library) });
    const again = loaderOf();
    const next = await restoreSearchIndex(second, store, libraryState(), again);
    expect(next).toMatchObject({ restored: true, changed: false, addedDocuments: 0 });
    expect(again.loaded).toEqual([]);
    expect(store.saves).toBe(1);
    expect(await answers(second)).toEqual(await answers(first));
  });

  it('brings a stale persisted index up to date and saves it', async () => {
    const store = memoryStore();
    await restoreSearchIndex(new SearchIndex({ texts: textSourceOf(library) }), store, libraryState(library.slice(0, 4)), loaderOf());

    // Meanwhile: a document deleted, three imported, one renamed, a note edited, one deleted.
    const now = library.slice(1).map((d) => (d.id === 'nato-isis-coalition-africa' ? { ...d, title: 'NATO and the Sahel' } : d));
    const notes = [{ ...NOTES[0], note: 'death toll disputed', modified: '2025-03-01' }];
    const index = new SearchIndex({ texts: textSourceOf(library) });
    const loader = loaderOf(notes);
    const report = await restoreSearchIndex(index, store, libraryState(now, notes), loader);
    expect(report).toMatchObject({
      restored: true,
      addedDocuments: 3,
      removedDocuments: 1,
      retitledDocuments: 1,
      upsertedNotes: 1,
      removedNotes: 0,
      changed: true,
    });
    expect(loader.loaded.flat().sort()).toEqual(library.slice(4).map((d) => d.id).sort());
    expect(store.saves).toBe(2);
    expect(await index.search('Gatestone')).toEqual([]);
    expect((await index.search('NATO Sahel')).some((h) => h.kind === 'title')).toBe(true);
    expect((await index.search('death toll')).map((h) => h.annotationId)).toEqual(['a1']);
    expect(await index.search('casualty')).toEqual([]);
    expect(index.fingerprint()).toBe(fingerprintOf(libraryState(now, notes)));
  });

  it('rebuilds from the library when the persisted index is unusable', async () => {
    const store = memoryStore();
    store.rows = [{ key: 'meta', data: '{"format":"something else"}' }];
    const index = new SearchIndex({ texts: textSourceOf(library) });
    const report = await restoreSearchIndex(index, store, libraryState(), loaderOf());
    expect(report).toMatchObject({ restored: false, addedDocuments: library.length });
    expect(chunksFingerprint(store.rows)).toBe(index.fingerprint());
  });
});

/**
 * Full-text search over the library: document texts (by passage), titles and notes.
 * Pure: it keeps no document texts (a TextSource gives them at query time, with a cache)
 * and persists through plain chunks. Every call takes and returns plain data.
 */
import { Catalog, type NoteEntry } from './catalog';
import { addTerms, createFlexIndex, type FlexIndex } from './flex';
import { fingerprintOf } from './fingerprint';
import { fillFilter, FILTER_WORDS } from './phrase-filter';
import { passagesOf } from './passages';
import { exportChunks, importChunks } from './persist';
import { runSearch } from './run-search';
import { nextTurn, planSync } from './sync';
import { TextCache } from './text-cache';
import { encode } from './tokenize';
import type {
  HitKind,
  IndexableDocument,
  IndexableNote,
  IndexChunk,
  LibraryState,
  SearchHit,
  SearchOptions,
  SyncLoader,
  SyncReport,
  TextSource,
} from './types';
import { Vocabulary } from './vocabulary';

export interface SearchIndexOptions {
  texts: TextSource;
  /** Most UTF-16 units of document text kept in memory between queries. Default 8 million. */
  textCacheUnits?: number;
}

export interface SyncOptions {
  /** Documents loaded per call of the loader. Default 8. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Removing a passage scans the whole text index (FlexSearch keeps a reverse map only with
 * `fastupdate`, which costs memory and is dropped by import anyway). Measured by
 * tests/bench/node/search.bench.ts on 29,000 passages: removing one takes about 10 ms (in
 * proportion to the size of the index), indexing one about 0.35 ms. Removing s stale
 * passages costs about as much as indexing all the others again once s nears 1,000.
 */
const REBUILD_AFTER_STALE_PASSAGES = 1000;
const NOTE_BATCH = 500;
/** sync() lets the event loop run at least this often (ms) while it indexes. */
const SLICE_MS = 40;

export class SearchIndex {
  private readonly catalog = new Catalog();
  private readonly vocabulary = new Vocabulary();
  private readonly indexes = SearchIndex.emptyIndexes();
  private readonly texts: TextCache;

  constructor(options: SearchIndexOptions) {
    this.texts = new TextCache(options.texts, options.textCacheUnits ?? 8_000_000);
  }

  private static emptyIndexes(): Record<HitKind, FlexIndex> {
    return { title: createFlexIndex(), text: createFlexIndex(), note: createFlexIndex() };
  }

  /** Indexes a document's title and text (again, when it was indexed already). */
  addDocument(doc: IndexableDocument): void {
    this.removeDocument(doc.id);
    const documentId = doc.id;
    const titleId = this.catalog.add({ kind: 'title', documentId });
    this.addEntry('title', titleId, encode(doc.title));
    const passages = passagesOf(doc.text, doc.blocks)
      .map(({ start, end }) => ({ start, end, terms: encode(doc.text, start, end) }))
      .filter((p) => p.terms.length);
    const filters = new Uint32Array(passages.length * FILTER_WORDS);
    const passageIds = passages.map(({ start, end, terms }, i) => {
      const at = i * FILTER_WORDS;
      fillFilter(filters, at, terms);
      const id = this.catalog.add({ kind: 'text', documentId, start, end, filters, at });
      this.addEntry('text', id, terms);
      return id;
    });
    this.catalog.documents.set(documentId, { title: doc.title, titleId, passageIds, filters });
    this.texts.put(documentId, doc.text);
  }

  /** Removes a document's title and text; its notes stay until removeNote() (or sync()). */
  removeDocument(documentId: string): void {
    const doc = this.catalog.documents.get(documentId);
    if (!doc) return;
    this.removeEntry('title', doc.titleId, encode(doc.title));
    for (const id of doc.passageIds) this.removeEntry('text', id);
    this.catalog.documents.delete(documentId);
    this.texts.delete(documentId);
  }

  updateTitle(documentId: string, title: string): void {
    const doc = this.catalog.documents.get(documentId);
    if (!doc || doc.title === title) return;
    this.removeEntry('title', doc.titleId, encode(doc.title));
    doc.titleId = this.catalog.add({ kind: 'title', documentId });
    doc.title = title;
    this.addEntry('title', doc.titleId, encode(title));
  }

  /** Indexes an annotation's note, replacing its previous version; a blank note is removed. */
  upsertNote(note: IndexableNote): void {
    const id = this.catalog.notes.get(note.id);
    const old = id === undefined ? undefined : (this.catalog.entries.get(id) as NoteEntry);
    if (old && old.note === note.note && old.documentId === note.documentId) {
      Object.assign(old, { modified: note.modified, start: note.start, end: note.end });
      return;
    }
    this.removeNote(note.id);
    const terms = encode(note.note);
    if (!terms.length) return;
    const entryId = this.catalog.add({
      kind: 'note',
      documentId: note.documentId,
      annotationId: note.id,
      note: note.note,
      modified: note.modified,
      start: note.start,
      end: note.end,
    });
    this.addEntry('note', entryId, terms);
    this.catalog.notes.set(note.id, entryId);
  }

  /** Whether an annotation's note is indexed. */
  hasNote(annotationId: string): boolean {
    return this.catalog.notes.has(annotationId);
  }

  removeNote(annotationId: string): void {
    const id = this.catalog.notes.get(annotationId);
    if (id === undefined) return;
    this.removeEntry('note', id, encode((this.catalog.entries.get(id) as NoteEntry).note));
    this.catalog.notes.delete(annotationId);
  }

  search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    const { catalog, indexes, vocabulary, texts } = this;
    return runSearch({ catalog, indexes, vocabulary, texts }, query, options);
  }

  /** What is indexed, in the shape sync() compares. */
  state(): LibraryState {
    return {
      documents: [...this.catalog.documents].map(([id, d]) => ({ id, title: d.title })),
      notes: [...this.catalog.notes.values()].map((eid) => {
        const n = this.catalog.entries.get(eid) as NoteEntry;
        return { id: n.annotationId, documentId: n.documentId, modified: n.modified };
      }),
    };
  }

  fingerprint(): string {
    return fingerprintOf(this.state());
  }

  stats(): { documents: number; passages: number; notes: number; terms: number } {
    const { catalog } = this;
    return { documents: catalog.documents.size, passages: catalog.count('text'), notes: catalog.count('note'), terms: this.vocabulary.size };
  }

  clear(): void {
    this.catalog.clear();
    this.vocabulary.clear();
    for (const index of Object.values(this.indexes)) index.clear();
    this.texts.clear();
  }

  exportIndex(): IndexChunk[] {
    return exportChunks(this.parts(), this.fingerprint());
  }

  /**
   * Replaces the content with persisted chunks. False when they are not a complete index
   * of this version: the index is then left empty, to be filled by sync().
   */
  importIndex(chunks: readonly IndexChunk[]): boolean {
    this.clear();
    if (importChunks(this.parts(), chunks)) return true;
    this.clear();
    return false;
  }

  /**
   * Brings the index up to date with the library: removes what is gone, retitles, loads
   * and indexes what is missing in batches, letting the event loop run every SLICE_MS.
   */
  async sync(now: LibraryState, loader: SyncLoader, options: SyncOptions = {}): Promise<SyncReport> {
    let plan = planSync(this.state(), now);
    const removedDocuments = plan.removeDocuments.length;
    const stale = plan.removeDocuments.reduce((n, id) => n + this.catalog.documents.get(id)!.passageIds.length, 0);
    const rebuilt = stale > REBUILD_AFTER_STALE_PASSAGES;
    if (rebuilt) {
      this.clear();
      plan = planSync(this.state(), now);
    }
    for (const id of plan.removeNotes) this.removeNote(id);
    for (const id of plan.removeDocuments) this.removeDocument(id);
    for (const { id, title } of plan.retitle) this.updateTitle(id, title);

    const batch = Math.max(1, options.batch ?? 8);
    const total = plan.addDocuments.length;
    let slice = performance.now();
    for (let at = 0; at < total; at += batch) {
      for (const doc of await loader.documents(plan.addDocuments.slice(at, at + batch))) {
        this.addDocument(doc);
        if (performance.now() - slice < SLICE_MS) continue;
        await nextTurn();
        slice = performance.now();
      }
      options.onProgress?.(Math.min(total, at + batch), total);
    }
    for (let at = 0; at < plan.upsertNotes.length; at += NOTE_BATCH) {
      for (const note of await loader.notes(plan.upsertNotes.slice(at, at + NOTE_BATCH))) this.upsertNote(note);
    }

    const counts = {
      addedDocuments: total,
      removedDocuments,
      retitledDocuments: plan.retitle.length,
      upsertedNotes: plan.upsertNotes.length,
      removedNotes: plan.removeNotes.length,
    };
    const changed = rebuilt || Object.values(counts).some((n) => n > 0);
    return { ...counts, rebuilt, changed };
  }

  private parts() {
    return { catalog: this.catalog, vocabulary: this.vocabulary, indexes: this.indexes };
  }

  private addEntry(kind: HitKind, id: number, terms: string[]): void {
    this.vocabulary.add(addTerms(this.indexes[kind], id, terms));
  }

  /** `terms`: the entry's terms when still known, to uncount them. */
  private removeEntry(kind: HitKind, id: number, terms?: string[]): void {
    this.indexes[kind].remove(id);
    this.catalog.delete(id);
    if (terms) this.vocabulary.remove(new Set(terms));
  }
}

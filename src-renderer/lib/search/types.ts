/**
 * The public shapes of lib/search. All plain data, so the index can later live in a Web
 * Worker with these crossing postMessage unchanged.
 */
import type { Annotation, ReaderDocument } from '../model';

/** What the index needs of a document. */
export type IndexableDocument = Pick<ReaderDocument, 'id' | 'title' | 'text' | 'blocks'>;

/** What the index needs of an annotation with a note; `modified` is the note's version. */
export type IndexableNote = Pick<Annotation, 'id' | 'documentId' | 'note' | 'modified' | 'start' | 'end'>;

export type HitKind = 'title' | 'text' | 'note';

export interface Snippet {
  /** About 160 characters of plain text (never HTML); line breaks shown as spaces. */
  text: string;
  /** Offset of `text` in its source: the document text, the title or the note. */
  start: number;
  /** The matched words, as [start, end) offsets into `text`, in order, never overlapping. */
  matches: [number, number][];
  /** More of the paragraph (or title, or note) comes before / after the snippet. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface SearchHit {
  documentId: string;
  kind: HitKind;
  /**
   * Where to open the document: the best match in the text (kind "text"), the annotated
   * span (kind "note"), 0 (kind "title").
   */
  start: number;
  end: number;
  /** Kind "note": the annotation whose note matched. */
  annotationId?: string;
  snippet: Snippet;
  /** Relevance of this hit; higher is better. Comparable within one result list only. */
  score: number;
}

export interface SearchOptions {
  /** Most hits returned in all. Default 50. */
  limit?: number;
  /** Most hits returned per document. Default 3. */
  perDocument?: number;
  /** Only search these documents. */
  documentIds?: readonly string[];
}

/** Where the index reads document texts at query time (it keeps none of its own). */
export interface TextSource {
  /** The canonical texts of these documents; leave out a document that no longer exists. */
  getTexts(documentIds: readonly string[]): Promise<Map<string, string>>;
}

/** One piece of the persisted index (a row of the `searchIndex` table). */
export interface IndexChunk {
  key: string;
  data: string;
}

/** The storage the lead implements over Dexie's `searchIndex` table. */
export interface IndexStore {
  load(): Promise<IndexChunk[]>;
  /** Replaces every stored chunk with these, in one transaction. */
  save(chunks: IndexChunk[]): Promise<void>;
  clear(): Promise<void>;
}

/** What the library holds now, cheap to read at start-up (no texts). */
export interface LibraryState {
  documents: readonly { id: string; title: string }[];
  /** Live annotations whose note is not blank, with their version. */
  notes: readonly { id: string; documentId: string; modified: string }[];
}

/** Loads what sync() found missing or out of date. */
export interface SyncLoader {
  documents(ids: readonly string[]): Promise<readonly IndexableDocument[]>;
  notes(ids: readonly string[]): Promise<readonly IndexableNote[]>;
}

export interface SyncReport {
  addedDocuments: number;
  removedDocuments: number;
  retitledDocuments: number;
  upsertedNotes: number;
  removedNotes: number;
  /** Too much was stale: the index was emptied and built again. */
  rebuilt: boolean;
  /** Anything changed (then the persisted index is out of date). */
  changed: boolean;
}

/**
 * What each index entry is: the numeric ids FlexSearch stores, mapped back to documents,
 * passages, titles and notes. Titles and notes are short and kept here (snippets need
 * them); passages keep only their offsets, the texts stay in the database.
 */
import { filtersFromText, filtersToText, FILTER_WORDS } from './phrase-filter';
import type { HitKind } from './types';

export interface TitleEntry {
  kind: 'title';
  documentId: string;
}

export interface TextEntry {
  kind: 'text';
  documentId: string;
  start: number;
  end: number;
  /** Its phrase filter: words [at, at + FILTER_WORDS) of its document’s filters. */
  filters: Uint32Array;
  at: number;
}

export interface NoteEntry {
  kind: 'note';
  documentId: string;
  annotationId: string;
  note: string;
  modified: string;
  /** The annotated span in the document. */
  start: number;
  end: number;
}

export type Entry = TitleEntry | TextEntry | NoteEntry;

export interface DocumentEntry {
  title: string;
  titleId: number;
  passageIds: number[];
  /** The phrase filters of its passages, one after the other. */
  filters: Uint32Array;
}

/** The JSON form: [documentId, title, titleId, passages as flat [id, start, end, …], filters as text]. */
type DocumentRow = [string, string, number, number[], string];
/** [entryId, annotationId, documentId, start, end, modified, note]. */
type NoteRow = [number, string, string, number, number, string, string];

export interface CatalogJSON {
  nextId: number;
  documents: DocumentRow[];
  notes: NoteRow[];
}

export class Catalog {
  readonly entries = new Map<number, Entry>();
  readonly documents = new Map<string, DocumentEntry>();
  /** Annotation id → entry id. */
  readonly notes = new Map<string, number>();
  private nextId = 1;
  private readonly counts: Record<HitKind, number> = { title: 0, text: 0, note: 0 };

  /** Number of entries of a kind. */
  count(kind: HitKind): number {
    return this.counts[kind];
  }

  get total(): number {
    return this.entries.size;
  }

  add(entry: Entry): number {
    const id = this.nextId++;
    this.entries.set(id, entry);
    this.counts[entry.kind]++;
    return id;
  }

  delete(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.counts[entry.kind]--;
  }

  clear(): void {
    this.entries.clear();
    this.documents.clear();
    this.notes.clear();
    this.nextId = 1;
    this.counts.title = this.counts.text = this.counts.note = 0;
  }

  toJSON(): CatalogJSON {
    const documents: DocumentRow[] = [];
    for (const [id, d] of this.documents) {
      const flat: number[] = [];
      for (const pid of d.passageIds) {
        const p = this.entries.get(pid) as TextEntry;
        flat.push(pid, p.start, p.end);
      }
      documents.push([id, d.title, d.titleId, flat, filtersToText(d.filters)]);
    }
    const notes: NoteRow[] = [];
    for (const eid of this.notes.values()) {
      const n = this.entries.get(eid) as NoteEntry;
      notes.push([eid, n.annotationId, n.documentId, n.start, n.end, n.modified, n.note]);
    }
    return { nextId: this.nextId, documents, notes };
  }

  /** Replaces the content with a JSON form made by toJSON(). */
  load(json: CatalogJSON): void {
    this.clear();
    const put = (id: number, entry: Entry) => {
      this.entries.set(id, entry);
      this.counts[entry.kind]++;
    };
    for (const [documentId, title, titleId, flat, text] of json.documents) {
      put(titleId, { kind: 'title', documentId });
      const filters = filtersFromText(text);
      const passageIds: number[] = [];
      for (let i = 0; i < flat.length; i += 3) {
        const at = passageIds.length * FILTER_WORDS;
        put(flat[i], { kind: 'text', documentId, start: flat[i + 1], end: flat[i + 2], filters, at });
        passageIds.push(flat[i]);
      }
      this.documents.set(documentId, { title, titleId, passageIds, filters });
    }
    for (const [id, annotationId, documentId, start, end, modified, note] of json.notes) {
      put(id, { kind: 'note', documentId, annotationId, note, modified, start, end });
      this.notes.set(annotationId, id);
    }
    this.nextId = json.nextId;
  }
}

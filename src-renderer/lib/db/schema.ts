/**
 * The one Dexie database of Close Reader and its schema history.
 * Every change to the schema is a new version with an upgrade, tested against a
 * database of the older shape (tests/unit/db/schema-upgrade.test.ts).
 */
import { Dexie, type Table } from 'dexie';
import type { Annotation, DocumentRecord, DocumentText, LabelSet } from '../model';
import { DEFAULT_LABEL_SET_ID } from '../model';
import { makePack, PACK_SIZE, readingOrder, type AnnotationPack, type PackKey } from './pack-plan';

/** A deletion remembered so that a merge never brings the annotation back. */
export interface Tombstone {
  id: string;
  documentId: string;
  /** ISO 8601 time of deletion; wins over any edit older than it. */
  modified: string;
  author?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A chunk of the persisted full-text index (lib/search). */
export interface SearchIndexRow {
  key: string;
  data: string;
}

/** One undoable step, stored so that undo survives a reload (see history.ts). */
export interface HistoryRow {
  seq?: number;
  stack: 'undo' | 'redo';
  step: StoredStep;
}

/** A change as data: what to do to redo it and to undo it. */
export interface StoredStep {
  label: string;
  documentId?: string;
  redo: HistoryOp[];
  undo: HistoryOp[];
}

export type HistoryOp =
  /** `created`: the items are new (fresh ids), which spares the first run a read of what they replace. */
  | { op: 'put-annotations'; items: Annotation[]; created?: boolean }
  | { op: 'delete-annotations'; ids: string[] }
  | { op: 'rename-document'; id: string; title: string }
  | { op: 'delete-document'; id: string }
  | { op: 'restore-document'; snapshot: { record: StoredDocument; text: DocumentText; annotations: Annotation[]; tombstones: Tombstone[] } };

/** Per-label live annotation counts, kept on the document record for the library list. */
export type LabelCounts = Record<string, number>;

/**
 * `rev` goes up with every change to the document's annotations; the paint cache is
 * valid only for the revision it was written at.
 */
export type StoredDocument = DocumentRecord & { counts: LabelCounts; rev?: number };

/**
 * What painting a document's highlights needs, in one small record: reading 10,000 full
 * annotations takes a few hundred milliseconds, this takes a few.
 */
export interface PaintCacheRow {
  documentId: string;
  rev: number;
  ids: string[];
  labels: string[];
  starts: Int32Array;
  ends: Int32Array;
}

export const DATABASE_NAME = 'close-reader';

/** The first schema (version 1), kept verbatim: upgrades start from it. */
export const SCHEMA_V1 = {
  documents: 'id, title, addedAt',
  texts: 'id',
  annotations: 'id, documentId, [documentId+start], label, author, modified',
  labelSets: 'id',
  settings: 'key',
};

export const SCHEMA_V2 = {
  documents: 'id, title, addedAt, meta.author, source.mediaType',
  texts: 'id',
  // Few indexes: every index costs time on every write, and a class's set is 100,000
  // writes. [documentId+start] serves every per-document query; [documentId+label]
  // recounts labels without reading records; author lists who annotated.
  annotations: 'id, [documentId+start], [documentId+label], author',
  tombstones: 'id, documentId, modified',
  labelSets: 'id',
  settings: 'key',
  searchIndex: 'key',
  history: '++seq, stack',
  paintCache: 'documentId',
};

/**
 * Version 3: annotations in packs (see pack-plan.ts) instead of one record each, which
 * made a class's set of 100,000 annotations take 20 s to write. A pack is found by the
 * ids it holds (*ids) and lists its authors (*authors).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  annotations: null,
  packs: '[documentId+n], *ids, *authors',
};

export class CloseReaderDB extends Dexie {
  documents!: Table<StoredDocument, string>;
  texts!: Table<DocumentText, string>;
  packs!: Table<AnnotationPack, PackKey>;
  tombstones!: Table<Tombstone, string>;
  labelSets!: Table<LabelSet, string>;
  settings!: Table<SettingRow, string>;
  searchIndex!: Table<SearchIndexRow, string>;
  history!: Table<HistoryRow, number>;
  paintCache!: Table<PaintCacheRow, string>;

  constructor(name = DATABASE_NAME) {
    // Live query results are shared, not deep-cloned per subscriber: 10,000 annotations
    // would otherwise be copied on every change. Nothing mutates what a query returns.
    // Relaxed durability: a commit is complete once the browser has the data, without
    // waiting for the disk to flush; a crash of the whole machine within a moment of a
    // change could lose it, a crash of the app cannot. Annotating stays instant.
    super(name, { cache: 'immutable', chromeTransactionDurability: 'relaxed' });
    this.version(1).stores(SCHEMA_V1);
    // Version 2: anchoring status, tombstones in their own table (so counts and
    // lists never have to skip them), label counts on documents, the search index,
    // the undo history and the paint cache.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const counts = new Map<string, LabelCounts>();
        const tombstones: Tombstone[] = [];
        await tx
          .table('annotations')
          .toCollection()
          .modify((a: Annotation & { deleted?: boolean }, ref) => {
            if (a.deleted) {
              tombstones.push({ id: a.id, documentId: a.documentId, modified: a.modified, author: a.author });
              delete (ref as { value?: unknown }).value;
              return;
            }
            a.status ??= 'exact';
            a.links ??= [];
            a.note ??= '';
            const c = counts.get(a.documentId) ?? {};
            c[a.label] = (c[a.label] ?? 0) + 1;
            counts.set(a.documentId, c);
          });
        if (tombstones.length) await tx.table('tombstones').bulkPut(tombstones);
        await tx
          .table('documents')
          .toCollection()
          .modify((d: StoredDocument) => {
            d.labelSetId ??= DEFAULT_LABEL_SET_ID;
            d.counts = counts.get(d.id) ?? {};
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const byDocument = new Map<string, Annotation[]>();
        for (const a of (await tx.table('annotations').toArray()) as Annotation[]) {
          const list = byDocument.get(a.documentId) ?? [];
          list.push(a);
          byDocument.set(a.documentId, list);
        }
        const packs: AnnotationPack[] = [];
        for (const [documentId, list] of byDocument) {
          list.sort(readingOrder);
          for (let at = 0; at < list.length; at += PACK_SIZE) packs.push(makePack(documentId, at / PACK_SIZE, list.slice(at, at + PACK_SIZE)));
        }
        await tx.table('packs').bulkAdd(packs);
      });
  }
}

/** The app's database. Tests replace it with `useDatabase(new CloseReaderDB(name))`. */
export let db = new CloseReaderDB();

export function useDatabase(next: CloseReaderDB): CloseReaderDB {
  db = next;
  return db;
}

/** Ask the browser not to evict the library under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

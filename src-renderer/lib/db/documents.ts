/** Repository for documents and their texts. Components and state call these, never Dexie. */
import { liveQuery, type Observable } from 'dexie';
import type { Annotation, DocumentText, ReaderDocument } from '../model';
import { DEFAULT_LABEL_SET_ID, splitDocument } from '../model';
import { db, type StoredDocument, type Tombstone } from './schema';
import { announce } from './changes';
import { annotationsOf, removeAnnotationsOf, storeAnnotations } from './packs';

export interface AddResult {
  added: StoredDocument[];
  /** Documents whose id (the SHA-256 of the text) was already in the library. */
  existing: StoredDocument[];
}

export interface AddOptions {
  sample?: boolean;
  labelSetId?: string;
  /** ISO time to record as addedAt (tests and the sample seeding pass a fixed one). */
  addedAt?: string;
}

/**
 * Adds documents in one transaction. The id is the SHA-256 of the canonical text,
 * so the same reading imported twice (a reload, a second window) is never duplicated.
 */
export async function addDocuments(docs: ReaderDocument[], opts: AddOptions = {}): Promise<AddResult> {
  const result: AddResult = { added: [], existing: [] };
  await db.transaction('rw', db.documents, db.texts, async () => {
    const found = await db.documents.bulkGet(docs.map((d) => d.id));
    const seen = new Set<string>();
    const records: StoredDocument[] = [];
    const texts: DocumentText[] = [];
    docs.forEach((doc, i) => {
      const old = found[i];
      if (old || seen.has(doc.id)) {
        result.existing.push(old ?? records.find((r) => r.id === doc.id)!);
        return;
      }
      seen.add(doc.id);
      const { record, text } = splitDocument(doc, {
        addedAt: opts.addedAt ?? new Date().toISOString(),
        labelSetId: opts.labelSetId ?? DEFAULT_LABEL_SET_ID,
        ...(opts.sample ? { sample: true } : {}),
      });
      records.push({ ...record, counts: {} });
      texts.push(text);
    });
    await db.documents.bulkAdd(records);
    await db.texts.bulkAdd(texts);
    result.added = records;
  });
  return result;
}

export function listDocuments(): Promise<StoredDocument[]> {
  return db.documents.orderBy('addedAt').toArray();
}

export function watchDocuments(): Observable<StoredDocument[]> {
  return liveQuery(() => db.documents.toArray());
}

export function getDocument(id: string): Promise<StoredDocument | undefined> {
  return db.documents.get(id);
}

export function watchDocument(id: string): Observable<StoredDocument | undefined> {
  return liveQuery(() => db.documents.get(id));
}

export function getText(id: string): Promise<DocumentText | undefined> {
  return db.texts.get(id);
}

export async function countDocuments(): Promise<number> {
  return db.documents.count();
}

export async function renameDocument(id: string, title: string): Promise<void> {
  const clean = title.trim();
  if (!clean) throw new Error('A title cannot be empty.');
  await db.documents.update(id, { title: clean });
}

export async function setDocumentLabelSet(id: string, labelSetId: string): Promise<void> {
  await db.documents.update(id, { labelSetId });
}

/** Everything a deletion removes, so that undo can put it back exactly. */
export interface DeletedDocument {
  record: StoredDocument;
  text: DocumentText;
  annotations: Annotation[];
  tombstones: Tombstone[];
}

/** Everything stored for a document, as one object (for undoing its deletion). */
export async function snapshotDocument(id: string): Promise<DeletedDocument | undefined> {
  return db.transaction('r', [db.documents, db.texts, db.packs, db.tombstones], async () => {
    const record = await db.documents.get(id);
    const text = await db.texts.get(id);
    if (!record || !text) return undefined;
    const annotations = await annotationsOf([id]);
    const tombstones = await db.tombstones.where('documentId').equals(id).toArray();
    return { record, text, annotations, tombstones };
  });
}

/** Deletes a document with its text, annotations and tombstones in one transaction. */
export async function deleteDocument(id: string): Promise<DeletedDocument | undefined> {
  return db.transaction('rw', [db.documents, db.texts, db.packs, db.tombstones, db.paintCache], async () => {
    const snapshot = await snapshotDocument(id);
    if (!snapshot) return undefined;
    const { annotations, tombstones } = snapshot;
    await removeAnnotationsOf(id);
    await db.tombstones.bulkDelete(tombstones.map((t) => t.id));
    await db.texts.delete(id);
    await db.documents.delete(id);
    await db.paintCache.delete(id);
    announce({ documentIds: [id], deleted: annotations.map((a) => a.id) });
    return snapshot;
  });
}

export async function restoreDocument(snapshot: DeletedDocument): Promise<void> {
  await db.transaction('rw', [db.documents, db.texts, db.packs, db.tombstones], async () => {
    await db.documents.put({ ...snapshot.record, rev: (snapshot.record.rev ?? 0) + 1 });
    await db.texts.put(snapshot.text);
    await storeAnnotations(snapshot.annotations);
    await db.tombstones.bulkPut(snapshot.tombstones);
    announce({ documentIds: [snapshot.record.id], put: snapshot.annotations });
  });
}

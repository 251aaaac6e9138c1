/**
 * Repository for annotations. Each function is one Dexie transaction and keeps the
 * per-label counts on the document record in step (counts.ts).
 */
import type { Annotation } from '../model';
import { db, type Tombstone } from './schema';
import { applyCounts, bump, type CountDelta } from './counts';
import { announce } from './changes';
import { annotatedDocumentIds, annotationAuthors, annotationsOf, everyAnnotation, findAnnotations, planWrite, storeAnnotations, writePacks } from './packs';

function countable(a: Annotation | undefined): a is Annotation {
  return !!a && !a.deleted;
}

export function listAnnotations(documentId: string): Promise<Annotation[]> {
  return annotationsOf([documentId]);
}

export async function getAnnotation(id: string): Promise<Annotation | undefined> {
  return (await findAnnotations([id]))[0];
}

export function getAnnotations(ids: string[]): Promise<(Annotation | undefined)[]> {
  return findAnnotations(ids);
}

export function listAllAnnotations(): Promise<Annotation[]> {
  return everyAnnotation();
}

export function listTombstones(documentIds?: string[]): Promise<Tombstone[]> {
  return documentIds ? db.tombstones.where('documentId').anyOf(documentIds).toArray() : db.tombstones.toArray();
}

/**
 * Writes annotations as they are (new or replaced), clears tombstones of the same ids and
 * keeps the documents' label counts. `created` says the ids are new, never stored nor
 * deleted: nothing to read first or to un-delete.
 */
export async function putAnnotations(items: Annotation[], options: { created?: boolean } = {}): Promise<void> {
  await db.transaction('rw', [db.packs, db.tombstones, db.documents], async () => {
    const [changes] = await Promise.all([
      planWrite(items, [], { fresh: options.created }),
      options.created ? undefined : db.tombstones.bulkDelete(items.map((a) => a.id)),
    ]);
    const delta: CountDelta = new Map();
    changes.before.forEach((old) => countable(old) && bump(delta, old.documentId, old.label, -1));
    items.forEach((a) => bump(delta, a.documentId, a.label, +1));
    await Promise.all([writePacks(changes), applyCounts(delta)]);
    announce({ documentIds: [...new Set(items.map((a) => a.documentId))], put: items });
  });
}

export async function createAnnotation(a: Annotation): Promise<void> {
  await putAnnotations([a]);
}

/** Applies a change and returns the annotation before and after it (for undo). */
export async function updateAnnotation(
  id: string,
  patch: Partial<Omit<Annotation, 'id' | 'documentId' | 'created' | 'author'>>,
): Promise<{ before: Annotation; after: Annotation } | undefined> {
  return db.transaction('rw', [db.packs, db.documents], async () => {
    const before = await getAnnotation(id);
    if (!before) return undefined;
    const after: Annotation = { ...before, ...patch, modified: patch.modified ?? new Date().toISOString() };
    const delta: CountDelta = new Map();
    bump(delta, before.documentId, before.label, -1);
    bump(delta, after.documentId, after.label, +1);
    await Promise.all([storeAnnotations([after]), applyCounts(delta)]);
    announce({ documentIds: [after.documentId], put: [after] });
    return { before, after };
  });
}

/**
 * Deletes annotations, leaves tombstones, and removes links that pointed at them from
 * other annotations. Returns what was removed and the annotations whose links changed.
 */
export async function deleteAnnotations(
  ids: string[],
  when = new Date().toISOString(),
): Promise<{ removed: Annotation[]; relinked: { before: Annotation; after: Annotation }[] }> {
  return db.transaction('rw', [db.packs, db.tombstones, db.documents], async () => {
    const found = (await findAnnotations(ids)).filter(countable);
    if (!found.length) return { removed: [], relinked: [] };
    const gone = new Set(found.map((a) => a.id));
    const delta: CountDelta = new Map();
    found.forEach((a) => bump(delta, a.documentId, a.label, -1));
    const docIds = [...new Set(found.map((a) => a.documentId))];
    const neighbours = await annotationsOf(docIds);
    const relinked = neighbours
      .filter((n) => !gone.has(n.id) && n.links.some((l) => gone.has(l.to)))
      .map((before) => ({ before, after: { ...before, links: before.links.filter((l) => !gone.has(l.to)), modified: when } }));
    await Promise.all([
      storeAnnotations(relinked.map((r) => r.after), [...gone]),
      db.tombstones.bulkPut(found.map((a) => ({ id: a.id, documentId: a.documentId, modified: when, author: a.author }))),
      applyCounts(delta),
    ]);
    announce({ documentIds: docIds, deleted: [...gone], put: relinked.map((r) => r.after) });
    return { removed: found, relinked };
  });
}

/** Annotations of the same documents whose links point at any of `ids`. */
export async function linkingTo(ids: string[]): Promise<Annotation[]> {
  const targets = (await findAnnotations(ids)).filter(countable);
  const gone = new Set(ids);
  const docIds = [...new Set(targets.map((a) => a.documentId))];
  return (await annotationsOf(docIds)).filter(
    (n) => !gone.has(n.id) && n.links.some((l) => gone.has(l.to)),
  );
}

/** Undoes deleteAnnotations: puts the annotations and the old links back, drops the tombstones. */
export async function restoreAnnotations(removed: Annotation[], relinked: { before: Annotation }[] = []): Promise<void> {
  await putAnnotations([...removed, ...relinked.map((r) => r.before)]);
}

/** Moves every annotation of a label to another label, or deletes them (label removed from a set). */
export async function relabelAnnotations(documentIds: string[], from: string, to: string | null): Promise<number> {
  const hits = (await annotationsOf(documentIds)).filter((a) => a.label === from);
  if (to === null) {
    await deleteAnnotations(hits.map((a) => a.id));
  } else {
    const when = new Date().toISOString();
    await putAnnotations(hits.map((a) => ({ ...a, label: to, modified: when })));
  }
  return hits.length;
}

/** How many live annotations carry a label, in the documents that use a label set. */
export async function countLabelUse(labelSetId: string, labelId: string): Promise<{ count: number; documentIds: string[] }> {
  // The documents' label counts are kept in step with every write: no annotation is read.
  const documents = (await db.documents.toArray()).filter((d) => d.labelSetId === labelSetId);
  const count = documents.reduce((n, d) => n + (d.counts?.[labelId] ?? 0), 0);
  return { count, documentIds: documents.map((d) => d.id) };
}

/** Every author who has annotated in the library, in order. */
export async function listAuthors(): Promise<string[]> {
  return annotationAuthors();
}

/** Annotations imported for a document that is not in the library (yet): they wait for it. */
export async function listWaitingAnnotations(): Promise<Annotation[]> {
  const [present, annotated] = await Promise.all([db.documents.toCollection().primaryKeys(), annotatedDocumentIds()]);
  const here = new Set(present as string[]);
  return annotationsOf(annotated.filter((id) => !here.has(id)));
}

/**
 * Annotations read from and written to their packs (pack-plan.ts), within the caller's
 * transaction. The repositories call these; nothing else touches the packs table.
 */
import type { Annotation } from '../model';
import { db } from './schema';
import { packKeyText, planPacks, readingOrder, type AnnotationPack, type PackChanges, type PackKey } from './pack-plan';

/**
 * Up to this many ids are looked up through the ids index (one request each, all sent
 * together); beyond it one read of every pack is quicker.
 */
const INDEX_LOOKUP_LIMIT = 2000;

function packsOfDocument(documentId: string) {
  return db.packs.where('[documentId+n]').between([documentId, -Infinity], [documentId, Infinity], true, true);
}

function keyText(p: AnnotationPack): string {
  return packKeyText(p.documentId, p.n);
}

/** The annotations of some documents, in reading order. */
export async function annotationsOf(documentIds: readonly string[]): Promise<Annotation[]> {
  const packs = await Promise.all([...new Set(documentIds)].map((id) => packsOfDocument(id).toArray()));
  return packs.flatMap((list) => list.flatMap((p) => p.items)).sort(readingOrder);
}

/** Every annotation in the library (in no particular order). */
export async function everyAnnotation(): Promise<Annotation[]> {
  return (await db.packs.toArray()).flatMap((p) => p.items);
}

/** Every document id that has annotations stored. */
export async function annotatedDocumentIds(): Promise<string[]> {
  const keys = (await db.packs.toCollection().primaryKeys()) as PackKey[];
  return [...new Set(keys.map((k) => k[0]))];
}

async function packsHolding(ids: readonly string[]): Promise<AnnotationPack[]> {
  if (!ids.length) return [];
  if (ids.length > INDEX_LOOKUP_LIMIT) return db.packs.toArray();
  // Keys first, then each pack once, however many of the ids it holds. (Dexie's anyOf
  // would walk the index with a cursor: one round trip per step.)
  const keys = await Promise.all([...new Set(ids)].map((id) => db.packs.where('ids').equals(id).primaryKeys() as Promise<PackKey[]>));
  const unique = [...new Map(keys.flat().map((k) => [packKeyText(k[0], k[1]), k])).values()];
  return unique.length ? ((await db.packs.bulkGet(unique)) as AnnotationPack[]) : [];
}

/** The stored annotations with these ids (undefined where none is stored), in the same order. */
export async function findAnnotations(ids: readonly string[]): Promise<(Annotation | undefined)[]> {
  const wanted = new Set(ids);
  const byId = new Map<string, Annotation>();
  for (const p of await packsHolding(ids)) for (const a of p.items) if (wanted.has(a.id)) byId.set(a.id, a);
  return ids.map((id) => byId.get(id));
}

/**
 * Reads what a write needs (the packs holding the ids, the last pack of each document) and
 * plans it. `fresh`: the ids put are new, stored nowhere, so no pack is looked up for them.
 */
export async function planWrite(put: readonly Annotation[], remove: readonly string[] = [], options: { fresh?: boolean } = {}): Promise<PackChanges> {
  const documents = [...new Set(put.map((a) => a.documentId))];
  const [holding, tails] = await Promise.all([
    packsHolding(options.fresh ? remove : [...put.map((a) => a.id), ...remove]),
    Promise.all(documents.map((id) => packsOfDocument(id).last())),
  ]);
  const lastN = new Map<string, number>();
  const loaded = new Map(holding.map((p) => [keyText(p), p]));
  for (const tail of tails) {
    if (!tail) continue;
    lastN.set(tail.documentId, tail.n);
    if (!loaded.has(keyText(tail))) loaded.set(keyText(tail), tail);
  }
  return planPacks([...loaded.values()], lastN, put, remove);
}

/** Writes planned changes; all requests go out together. */
export async function writePacks(changes: Pick<PackChanges, 'put' | 'remove'>): Promise<void> {
  await Promise.all([changes.put.length ? db.packs.bulkPut(changes.put) : undefined, changes.remove.length ? db.packs.bulkDelete(changes.remove) : undefined]);
}

/** Puts and removes annotations; returns what they replaced or removed, by id. */
export async function storeAnnotations(put: readonly Annotation[], remove: readonly string[] = []): Promise<Map<string, Annotation>> {
  const changes = await planWrite(put, remove);
  await writePacks(changes);
  return changes.before;
}

/** Removes every pack of a document. */
export async function removeAnnotationsOf(documentId: string): Promise<void> {
  await packsOfDocument(documentId).delete();
}

/** Every author who has annotated, in order. */
export async function annotationAuthors(): Promise<string[]> {
  return (await db.packs.orderBy('authors').uniqueKeys()).map(String);
}

/**
 * How annotations sit in packs, as plain functions (no Dexie): which packs a write
 * changes, adds or empties.
 *
 * Why packs: IndexedDB in Chromium costs about a tenth of a millisecond per request
 * whatever the record's size, so a class's set of 100,000 annotations stored one record
 * each takes 10–20 s to write on a modest machine, and the same annotations in a few
 * hundred packs take about one. A pack holds up to PACK_SIZE annotations of one document,
 * so an edit rewrites at most that many.
 */
import type { Annotation } from '../model';

export interface AnnotationPack {
  documentId: string;
  /** Numbered from 0 per document; new annotations go to the highest. */
  n: number;
  /** The annotations' ids and authors, for the multi-entry indexes (find by id, list authors). */
  ids: string[];
  authors: string[];
  items: Annotation[];
}

export type PackKey = [documentId: string, n: number];

export const PACK_SIZE = 256;

/** A pack's key as one string, for maps. */
export function packKeyText(documentId: string, n: number): string {
  return `${n}\u0000${documentId}`;
}

export function makePack(documentId: string, n: number, items: Annotation[]): AnnotationPack {
  return { documentId, n, ids: items.map((a) => a.id), authors: [...new Set(items.map((a) => a.author))], items };
}

export interface PackChanges {
  put: AnnotationPack[];
  /** For each pack put, how many of the written annotations it carries (progress reports). */
  carried: number[];
  remove: PackKey[];
  /** The stored annotations the write replaced or removed, by id. */
  before: Map<string, Annotation>;
}

/** A pack being rewritten: removed items become null until the end, so indexes stay valid. */
interface Working {
  documentId: string;
  n: number;
  items: (Annotation | null)[];
  carried: number;
}

/**
 * The packs a write changes. `loaded` must hold every pack that has any of the ids put
 * or removed, and the last pack (number `lastN`) of every document annotations are put
 * to. An annotation put again in its document keeps its place; a new one (or one moved
 * to another document) goes to the document's last pack, or a new one when that is full.
 * Loaded packs are never modified: their items are copied before any change.
 */
export function planPacks(loaded: readonly AnnotationPack[], lastN: ReadonlyMap<string, number>, put: readonly Annotation[], remove: readonly string[]): PackChanges {
  const byDoc = new Map<string, Map<number, AnnotationPack>>();
  for (const p of loaded) {
    let m = byDoc.get(p.documentId);
    if (!m) byDoc.set(p.documentId, (m = new Map()));
    m.set(p.n, p);
  }
  const wanted = new Set<string>(remove);
  const latest = new Map<string, Annotation>();
  for (const a of put) {
    latest.set(a.id, a);
    wanted.add(a.id);
  }
  const where = new Map<string, { pack: AnnotationPack; index: number }>();
  for (const p of loaded) p.ids.forEach((id, index) => wanted.has(id) && where.set(id, { pack: p, index }));

  const working = new Map<AnnotationPack | string, Working>();
  const work = (p: AnnotationPack): Working => {
    let w = working.get(p);
    if (!w) working.set(p, (w = { documentId: p.documentId, n: p.n, items: p.items.slice(), carried: 0 }));
    return w;
  };
  const before = new Map<string, Annotation>();
  for (const id of remove) {
    const at = where.get(id);
    if (!at || latest.has(id)) continue;
    before.set(id, at.pack.items[at.index]);
    work(at.pack).items[at.index] = null;
  }

  const added = new Map<string, Annotation[]>();
  for (const a of latest.values()) {
    const at = where.get(a.id);
    if (at) before.set(a.id, at.pack.items[at.index]);
    if (at && at.pack.documentId === a.documentId) {
      const w = work(at.pack);
      w.items[at.index] = a;
      w.carried++;
      continue;
    }
    if (at) work(at.pack).items[at.index] = null;
    const list = added.get(a.documentId) ?? [];
    list.push(a);
    added.set(a.documentId, list);
  }

  for (const [documentId, items] of added) {
    const last = lastN.get(documentId);
    const tail = last === undefined ? undefined : byDoc.get(documentId)?.get(last);
    if (last !== undefined && !tail) throw new Error(`The last pack (${last}) of document ${documentId} was not loaded.`);
    let w = tail ? work(tail) : undefined;
    let n = last ?? -1;
    for (const a of items) {
      if (!w || w.items.length >= PACK_SIZE) {
        n++;
        w = { documentId, n, items: [], carried: 0 };
        working.set(packKeyText(documentId, n), w);
      }
      w.items.push(a);
      w.carried++;
    }
  }

  const changes: PackChanges = { put: [], carried: [], remove: [], before };
  for (const w of working.values()) {
    const items = w.items.filter((a): a is Annotation => a !== null);
    if (items.length) {
      changes.put.push(makePack(w.documentId, w.n, items));
      changes.carried.push(w.carried);
    } else {
      changes.remove.push([w.documentId, w.n]);
    }
  }
  return changes;
}

/** Annotations in reading order: by document, then start, then id (as the old index did). */
export function readingOrder(a: Annotation, b: Annotation): number {
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Packs cut into groups for writing with progress: each group holds about `every` of the
 * written annotations (`carried`, per pack), and at least `minPacks` packs where there are
 * that many (a short last group joins the one before). Returns each group's end index.
 */
export function packGroups(carried: readonly number[], every: number, minPacks: number): number[] {
  const ends: number[] = [];
  for (let at = 0; at < carried.length; ) {
    let end = at;
    let sum = 0;
    while (end < carried.length && (end - at < minPacks || sum + carried[end] <= every)) sum += carried[end++];
    if (carried.length - end < minPacks) end = carried.length;
    ends.push(end);
    at = end;
  }
  return ends;
}

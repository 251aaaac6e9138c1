/**
 * The per-label annotation counts kept on document records: every write changes them by
 * what it removed and added, in the same transaction, so the library never recounts.
 */
import type { Annotation } from '../model';
import { db, type LabelCounts } from './schema';

export type CountDelta = Map<string, LabelCounts>;

export function bump(delta: CountDelta, documentId: string, label: string, by: number): void {
  const c = delta.get(documentId) ?? {};
  c[label] = (c[label] ?? 0) + by;
  delta.set(documentId, c);
}

/** The change of a write: what it replaced or removed goes, what it put comes. */
export function countChanges(before: Iterable<Annotation>, put: readonly Annotation[]): CountDelta {
  const delta: CountDelta = new Map();
  for (const a of before) bump(delta, a.documentId, a.label, -1);
  for (const a of put) bump(delta, a.documentId, a.label, +1);
  return delta;
}

/**
 * Applies count changes and moves each changed document, and each of `alsoTouched`, to a
 * new revision (the paint cache of an older one is stale).
 */
export async function applyCounts(delta: CountDelta, alsoTouched: readonly string[] = []): Promise<void> {
  const ids = [...new Set([...delta.keys(), ...alsoTouched])];
  if (!ids.length) return;
  const docs = await db.documents.bulkGet(ids);
  const changed = docs.flatMap((d) => {
    if (!d) return [];
    const counts = { ...(d.counts ?? {}) };
    for (const [label, by] of Object.entries(delta.get(d.id) ?? {})) {
      const n = (counts[label] ?? 0) + by;
      if (n > 0) counts[label] = n;
      else delete counts[label];
    }
    return [{ ...d, counts, rev: (d.rev ?? 0) + 1 }];
  });
  if (changed.length) await db.documents.bulkPut(changed);
}

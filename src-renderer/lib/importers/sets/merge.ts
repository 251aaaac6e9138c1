/**
 * The merge rule, as one pure function over records. For one annotation id:
 *
 * - The version with the later `modified` wins (times compared as instants, not strings).
 * - A deletion (tombstone) and an edit at the same instant: the deletion wins. So a
 *   tombstone beats every edit not strictly newer than the deletion, and an incoming
 *   tombstone at or after the stored annotation's `modified` deletes it. A merge never
 *   brings a deleted annotation back; only an edit made after the deletion does.
 * - Two live versions at the same instant: if what a person wrote is the same (label, note,
 *   links, author, created) nothing changes; if it differs it is a conflict, reported,
 *   and the stored version is kept. Where it sits (document, offsets, quote, anchoring
 *   status) is not compared: that is worked out again from the text on every import.
 * - Two tombstones: the later deletion time is kept.
 *
 * The winner is always one of the two records as it was: nothing is re-owned or blended.
 * Picking "the later, deletions first on ties, the stored one on full ties" is a maximum
 * with a left-biased tie-break, so merging is associative, and commutative whenever no two
 * versions conflict (tests/unit/importers/sets/merge.test.ts checks both with fast-check).
 */
import type { Annotation, AnnotationLink } from '../../model';
import type { Tombstone } from '../../db/schema';
import { isoMillis } from './time';

/** A deletion as files carry it: a tombstone marked `deleted`. */
export type Deletion = Tombstone & { deleted: true };
export type MergeItem = Annotation | Deletion;

export interface MergeState {
  annotations: readonly Annotation[];
  tombstones: readonly Tombstone[];
}

export interface MergePlan {
  /** Live annotations the library does not know. */
  added: Annotation[];
  /** Stored annotations replaced by a newer version. */
  updated: { before: Annotation; after: Annotation }[];
  /** Deleted annotations brought back by an edit made after the deletion. */
  restored: { tombstone: Tombstone; after: Annotation }[];
  /** Stored annotations that a deletion at or after their last edit removes. */
  deleted: { before: Annotation; tombstone: Tombstone }[];
  /** Every tombstone to write: those of `deleted`, newer deletion times, deletions of ids never seen. */
  tombstones: Tombstone[];
  /** Ids whose incoming version is the stored one (or a deletion already stored). */
  unchanged: string[];
  /** Ids whose incoming version is older than the stored one. */
  outdated: string[];
  /** Ids deleted here, whose incoming edit is not newer than the deletion. */
  keptDeleted: string[];
  /** Same instant, different content: the stored version is kept. */
  conflicts: { existing: Annotation; incoming: Annotation }[];
  /** Incoming records whose id came earlier in the list too (the winner among them was merged). */
  duplicates: number;
}

/** A tombstone, or a record marked deleted (an Annotation is structurally a Tombstone too, so no type guard). */
export const isDeletion = (x: MergeItem | Tombstone): boolean => !('quote' in x) || (x as Annotation).deleted === true;

// Times were checked on reading; a stored time that cannot be read counts as the oldest.
const millis = (x: { modified: string }) => isoMillis(x.modified) ?? Number.NEGATIVE_INFINITY;

/** Whether `b` replaces `a`: later wins, a deletion wins a tie with an edit, else `a` stays. */
export function supersedes(b: MergeItem | Tombstone, a: MergeItem | Tombstone): boolean {
  const diff = millis(b) - millis(a);
  if (diff !== 0) return diff > 0;
  return isDeletion(b) && !isDeletion(a);
}

const linkKey = (l: AnnotationLink) => `${l.relation}\u0000${l.to}`;

function sameLinks(a: readonly AnnotationLink[], b: readonly AnnotationLink[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(linkKey));
  return b.every((l) => keys.has(linkKey(l)));
}

/** What a person wrote is the same (placement aside). */
export function sameContent(a: Annotation, b: Annotation): boolean {
  return (
    a.label === b.label &&
    a.note === b.note &&
    a.author === b.author &&
    isoMillis(a.created) === isoMillis(b.created) &&
    sameLinks(a.links, b.links)
  );
}

export function toTombstone(d: Tombstone): Tombstone {
  return d.author === undefined
    ? { id: d.id, documentId: d.documentId, modified: d.modified }
    : { id: d.id, documentId: d.documentId, modified: d.modified, author: d.author };
}

function emptyPlan(): MergePlan {
  return {
    added: [],
    updated: [],
    restored: [],
    deleted: [],
    tombstones: [],
    unchanged: [],
    outdated: [],
    keptDeleted: [],
    conflicts: [],
    duplicates: 0,
  };
}

/** One record per id: the one that supersedes the others, the first on ties. */
function winners(incoming: readonly MergeItem[]): { chosen: Map<string, MergeItem>; duplicates: number } {
  const chosen = new Map<string, MergeItem>();
  let duplicates = 0;
  for (const item of incoming) {
    const prev = chosen.get(item.id);
    if (prev) duplicates++;
    if (!prev || supersedes(item, prev)) chosen.set(item.id, item);
  }
  return { chosen, duplicates };
}

export function planMerge(existing: MergeState, incoming: readonly MergeItem[]): MergePlan {
  const live = new Map(existing.annotations.map((a) => [a.id, a]));
  const dead = new Map(existing.tombstones.map((t) => [t.id, t]));
  const { chosen, duplicates } = winners(incoming);
  const plan = emptyPlan();
  plan.duplicates = duplicates;

  for (const item of chosen.values()) {
    const stored = live.get(item.id);
    const grave = stored ? undefined : dead.get(item.id);
    const wins = stored ? supersedes(item, stored) : grave ? supersedes(item, grave) : true;

    if (isDeletion(item)) {
      const tombstone = toTombstone(item);
      if (!wins) {
        plan[stored ? 'outdated' : 'unchanged'].push(item.id);
        continue;
      }
      plan.tombstones.push(tombstone);
      if (stored) plan.deleted.push({ before: stored, tombstone });
      // A later deletion time for an annotation already deleted: still deleted, so unchanged.
      else if (grave) plan.unchanged.push(item.id);
      continue;
    }
    const edit = item as Annotation;
    if (stored) {
      if (wins) plan.updated.push({ before: stored, after: edit });
      else if (supersedes(stored, edit)) plan.outdated.push(edit.id);
      else if (sameContent(stored, edit)) plan.unchanged.push(edit.id);
      else plan.conflicts.push({ existing: stored, incoming: edit });
    } else if (grave) {
      if (wins) plan.restored.push({ tombstone: grave, after: edit });
      else plan.keptDeleted.push(edit.id);
    } else {
      plan.added.push(edit);
    }
  }
  return plan;
}

/**
 * Turns a file's annotations into library records: each group (one named document or
 * source) is matched to a document, each live annotation placed on its text and given a
 * label of that document's label set. Annotations whose document is not in the library
 * become orphans waiting under the id they named (or a placeholder from their source).
 */
import type { Annotation } from '../../model';
import { DEFAULT_LABEL_SET_ID } from '../../model';
import type { LabelPlanner } from './labels';
import type { Candidate, DocumentIndex } from './match-documents';
import type { Deletion } from './merge';
import type { IncomingAnnotation, NoticeReason, Tally } from './parsed-set';
import { bump } from './parsed-set';
import { placeOnText, type Placement } from './place';

export interface BuiltRecords {
  live: Annotation[];
  deletions: Deletion[];
  /** Records of `live` placed on no text; `waiting` of them have no document in the library. */
  orphans: Annotation[];
  waiting: number;
}

interface Placed {
  item: IncomingAnnotation;
  doc?: Candidate;
  placement: Placement;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function waitingPlacement(item: IncomingAnnotation): Placement {
  const at = item.stored ?? item.target.position;
  return { start: at?.start ?? 0, end: at?.end ?? 0, status: 'orphan', quote: item.target.quote ?? { exact: '', prefix: '', suffix: '' } };
}

function place(items: readonly IncomingAnnotation[], index: DocumentIndex, minScore: number | undefined): Placed[] {
  const placed: Placed[] = [];
  const byDoc = new Map<Candidate, IncomingAnnotation[]>();
  for (const group of groupBy(items, (a) => a.target.waitingId).values()) {
    const doc = index.find(group[0].target, () => group.map((a) => a.target.quote?.exact ?? ''));
    if (doc) {
      const onDoc = byDoc.get(doc);
      if (onDoc) onDoc.push(...group);
      else byDoc.set(doc, group);
    } else for (const item of group) placed.push({ item, placement: waitingPlacement(item) });
  }
  for (const [doc, group] of byDoc) {
    const placements = placeOnText(doc.id, doc.text, group, minScore === undefined ? {} : { minScore });
    group.forEach((item, i) => placed.push({ item, doc, placement: placements[i] }));
  }
  return placed.sort((a, b) => a.item.index - b.item.index);
}

/** A stored record waiting for its document is kept as it is, label included: there is no label set to map it to. */
const labelSetOf = (p: Placed): string | undefined => p.doc?.labelSetId ?? (p.item.stored ? undefined : DEFAULT_LABEL_SET_ID);

const tagText = (tag: string) => `#${tag.replace(/\s+/g, '-')}`;

function toRecord(p: Placed, label: string, note: string): Annotation {
  const { item, doc, placement } = p;
  const documentId = doc?.id ?? item.target.waitingId;
  const anchoring = { start: placement.start, end: placement.end, status: placement.status, quote: placement.quote };
  const score = placement.score === undefined ? {} : { score: placement.score };
  if (item.stored) {
    const { score: _stored, ...rest } = item.stored;
    return { ...rest, documentId, ...anchoring, label, ...score };
  }
  return {
    id: item.id,
    documentId,
    ...anchoring,
    label,
    note,
    links: item.links,
    author: item.author,
    created: item.created,
    modified: item.modified,
    ...score,
    ...(item.target.source ? { sourceUrl: item.target.source } : {}),
  };
}

export function buildRecords(
  incoming: readonly IncomingAnnotation[],
  index: DocumentIndex,
  labels: LabelPlanner,
  notices: Tally<NoticeReason>,
  minScore?: number,
): BuiltRecords {
  const deletions: Deletion[] = incoming
    .filter((a) => a.deleted)
    .map((a) => ({
      id: a.id,
      documentId: a.target.documentId ?? a.target.waitingId,
      modified: a.modified,
      ...(a.author ? { author: a.author } : {}),
      deleted: true,
    }));
  const placed = place(incoming.filter((a) => !a.deleted), index, minScore);

  // Pass 1 settles every new label and relation, pass 2 labels each annotation (labels.ts).
  for (const p of placed) {
    const setId = labelSetOf(p);
    if (setId === undefined) continue;
    labels.propose(setId, p.item.tags);
    labels.addRelations(setId, p.item.links.map((l) => l.relation));
  }
  const live = placed.map((p) => {
    const setId = labelSetOf(p);
    if (setId === undefined) return toRecord(p, p.item.stored!.label, p.item.note);
    const { label, otherTags } = labels.resolve(setId, p.item.tags);
    if (otherTags.length) bump(notices, 'tags-in-note');
    const tags = otherTags.map(tagText).join(' ');
    return toRecord(p, label, tags ? (p.item.note ? `${p.item.note}\n\n${tags}` : tags) : p.item.note);
  });
  const orphans = live.filter((a) => a.status === 'orphan');
  return { live, deletions, orphans, waiting: placed.filter((p) => !p.doc).length };
}

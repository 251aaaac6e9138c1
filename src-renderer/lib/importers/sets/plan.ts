/**
 * planImport: everything an import would change, worked out before anything is written,
 * so the reader sees the summary first and the storage adapter applies it in one
 * transaction. Pure: the library comes in as a snapshot, nothing is read or written here.
 */
import type { Annotation, SetDocument } from '../../model';
import { DEFAULT_LABEL_SET_ID } from '../../model';
import { adoptWaitingAnnotations } from './adopt';
import { buildRecords, type BuiltRecords } from './build-records';
import { LabelPlanner } from './labels';
import { DocumentIndex, type Candidate } from './match-documents';
import { planMerge, type MergePlan } from './merge';
import type { NoticeReason, ParsedSet, Tally } from './parsed-set';
import { bump } from './parsed-set';
import type { ImportCounts, ImportPlan, LibrarySnapshot, PlanOptions } from './plan-types';

const candidate = (d: Pick<SetDocument, 'id' | 'text' | 'labelSetId' | 'meta'>): Candidate => ({
  id: d.id,
  text: d.text,
  labelSetId: d.labelSetId,
  ...(d.meta.url ? { url: d.meta.url } : {}),
});

/** Library annotations waiting for a document that this import brings, placed on it. */
function adoptAll(added: readonly SetDocument[], library: LibrarySnapshot, inLibrary: Set<string>, minScore?: number) {
  let waiting = library.annotations.filter((a) => !inLibrary.has(a.documentId));
  const adopted: { before: Annotation; after: Annotation }[] = [];
  for (const doc of added) {
    if (!waiting.length) break;
    const placed = adoptWaitingAnnotations(doc, waiting, minScore === undefined ? {} : { minScore });
    if (!placed.length) continue;
    const taken = new Set(placed.map((a) => a.id));
    const before = new Map(waiting.filter((a) => taken.has(a.id)).map((a) => [a.id, a]));
    for (const after of placed) adopted.push({ before: before.get(after.id)!, after });
    waiting = waiting.filter((a) => !taken.has(a.id));
  }
  return adopted;
}

export function planImport(parsed: ParsedSet, library: LibrarySnapshot, options: PlanOptions = {}): ImportPlan {
  const inLibrary = new Set(library.documents.map((d) => d.record.id));
  const labels = new LabelPlanner(library.labelSets, parsed.fileName, options.untaggedLabel);
  for (const set of parsed.labelSets) labels.addFileSet(set);

  const added: SetDocument[] = [];
  const existing: string[] = [];
  for (const doc of parsed.documents) {
    if (inLibrary.has(doc.id)) existing.push(doc.id);
    // A document whose label set is nowhere to be found is annotated with the default set.
    else added.push(labels.knows(doc.labelSetId) ? doc : { ...doc, labelSetId: DEFAULT_LABEL_SET_ID });
  }
  // A library document naming a label set that no longer exists is labelled in the default set.
  const index = new DocumentIndex(
    [...library.documents.map((d) => candidate({ ...d.record, text: d.text })), ...added.map(candidate)].map((c) =>
      labels.knows(c.labelSetId) ? c : { ...c, labelSetId: DEFAULT_LABEL_SET_ID },
    ),
  );

  const notices: Tally<NoticeReason> = { ...parsed.notices };
  const built = buildRecords(parsed.annotations, index, labels, notices, options.minScore);

  const adopted = adoptAll(added, library, inLibrary, options.minScore);
  // The merge compares the file with the library as it will be once the adopted are placed.
  const placedNow = new Map(adopted.map((x) => [x.after.id, x.after]));
  const current = placedNow.size ? library.annotations.map((a) => placedNow.get(a.id) ?? a) : library.annotations;
  const merge = planMerge({ annotations: current, tombstones: library.tombstones }, [...built.live, ...built.deletions]);
  if (merge.duplicates) bump(notices, 'duplicate-ids', merge.duplicates);

  const labelResult = labels.result();
  const write = {
    documents: added,
    labelSets: [...labelResult.added, ...labelResult.updated],
    annotations: annotationsToPut(merge, adopted),
    deleteAnnotations: merge.deleted.map((d) => d.before.id),
    tombstones: merge.tombstones,
    deleteTombstones: merge.restored.map((r) => r.tombstone.id),
  };
  return {
    fileName: parsed.fileName,
    format: parsed.format,
    write,
    documents: { added, existing },
    labels: { addedSets: labelResult.added, updatedSets: labelResult.updated, newLabels: labelResult.newLabels },
    annotations: { ...merge, adopted },
    orphans: built.orphans,
    skipped: parsed.skipped,
    notices,
    counts: countsOf(parsed, { added, existing }, labelResult, built, merge, adopted.length),
  };
}

/** Merge results, then adopted annotations the merge did not replace or delete. */
function annotationsToPut(merge: MergePlan, adopted: { after: Annotation }[]): Annotation[] {
  const put = [...merge.added, ...merge.updated.map((u) => u.after), ...merge.restored.map((r) => r.after)];
  const settled = new Set([...merge.updated.map((u) => u.after.id), ...merge.deleted.map((d) => d.before.id)]);
  for (const { after } of adopted) if (!settled.has(after.id)) put.push(after);
  return put;
}

function countsOf(
  parsed: ParsedSet,
  documents: { added: unknown[]; existing: unknown[] },
  labels: ReturnType<LabelPlanner['result']>,
  built: BuiltRecords,
  merge: MergePlan,
  adopted: number,
): ImportCounts {
  const status = (s: Annotation['status']) => built.live.filter((a) => a.status === s).length;
  return {
    inFile: parsed.annotations.length,
    documentsAdded: documents.added.length,
    documentsExisting: documents.existing.length,
    labelSetsAdded: labels.added.length,
    labelSetsUpdated: labels.updated.length,
    labelsAdded: labels.newLabels.length,
    added: merge.added.length,
    updated: merge.updated.length,
    restored: merge.restored.length,
    adopted,
    unchanged: merge.unchanged.length,
    outdated: merge.outdated.length,
    keptDeleted: merge.keptDeleted.length,
    conflicts: merge.conflicts.length,
    deleted: merge.deleted.length,
    tombstones: merge.tombstones.length,
    exact: status('exact'),
    approximate: status('approximate'),
    orphans: built.orphans.length,
    waiting: built.waiting,
    skipped: Object.values(parsed.skipped).reduce((n, k) => n + (k ?? 0), 0),
  };
}

/** What planImport reads (the library as it is) and returns (what to write, and what to tell). */
import type { Annotation, DocumentRecord, LabelSet, SetDocument } from '../../model';
import type { Tombstone } from '../../db/schema';
import type { NewLabel } from './labels';
import type { MergePlan } from './merge';
import type { AnnotationFileFormat, NoticeReason, SkipReason, Tally } from './parsed-set';

export interface LibrarySnapshot {
  documents: readonly { record: DocumentRecord; text: string }[];
  /** Live annotations. */
  annotations: readonly Annotation[];
  tombstones: readonly Tombstone[];
  labelSets: readonly LabelSet[];
}

export interface PlanOptions {
  /** The label for annotations that come without a tag. Default "Untagged". */
  untaggedLabel?: string;
  /** Lowest score accepted for an approximate anchor (0–1); the anchoring default (0.75) when absent. */
  minScore?: number;
}

/** Exactly what to write, in one transaction: bulkPut and bulkDelete of these, nothing else. */
export interface ImportWrites {
  /** New documents: the record (documents table) with text and blocks (texts table). */
  documents: SetDocument[];
  /** New label sets, and existing ones with labels or relations added (whole records). */
  labelSets: LabelSet[];
  /** Live annotations to put: new, newer, restored, and adopted by an arriving document. */
  annotations: Annotation[];
  /** Live annotations a newer deletion removes. */
  deleteAnnotations: string[];
  tombstones: Tombstone[];
  /** Tombstones of annotations restored by an edit made after their deletion. */
  deleteTombstones: string[];
}

export interface ImportCounts {
  /** Annotations and deletions read from the file (skipped items not included). */
  inFile: number;
  documentsAdded: number;
  documentsExisting: number;
  labelSetsAdded: number;
  labelSetsUpdated: number;
  labelsAdded: number;
  added: number;
  updated: number;
  restored: number;
  adopted: number;
  unchanged: number;
  outdated: number;
  keptDeleted: number;
  conflicts: number;
  deleted: number;
  tombstones: number;
  /** How the file's live annotations sit on their documents. */
  exact: number;
  approximate: number;
  orphans: number;
  /** Orphans whose document is not in the library (they wait for it). */
  waiting: number;
  skipped: number;
}

export interface ImportPlan {
  fileName: string;
  format: AnnotationFileFormat;
  write: ImportWrites;
  documents: { added: SetDocument[]; existing: string[] };
  labels: { addedSets: LabelSet[]; updatedSets: LabelSet[]; newLabels: NewLabel[] };
  /** The merge, plus waiting annotations an arriving document adopted. */
  annotations: MergePlan & { adopted: { before: Annotation; after: Annotation }[] };
  /** The file's live annotations that could not be placed (waiting ones included). */
  orphans: Annotation[];
  skipped: Tally<SkipReason>;
  notices: Tally<NoticeReason>;
  counts: ImportCounts;
}

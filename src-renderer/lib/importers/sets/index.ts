/**
 * Importing annotation sets: a Close Reader set (JSON, or a zip holding set.json), W3C Web
 * Annotation JSON-LD, or a Hypothesis export. Read and check the file, then plan the import
 * against a snapshot of the library; the storage adapter applies `plan.write`.
 *
 *   const parsed = await readAnnotationFile(file.name, bytes);   // throws SetImportError
 *   const plan = planImport(parsed, snapshot);                     // show plan.counts, then write
 */
export { readAnnotationFile, detectFormat } from './read-annotation-file';
export { planImport } from './plan';
export { planMerge, supersedes, sameContent, type MergePlan, type MergeItem, type MergeState, type Deletion } from './merge';
export { adoptWaitingAnnotations, type ArrivingDocument } from './adopt';
export { SetImportError } from './errors';
export { UNTAGGED_LABEL, type NewLabel } from './labels';
export { DEFAULT_LINK_RELATION } from './read-w3c';
export {
  SKIP_REASONS,
  NOTICE_REASONS,
  type ParsedSet,
  type IncomingAnnotation,
  type IncomingTarget,
  type LabelRef,
  type AnnotationFileFormat,
  type SkipReason,
  type NoticeReason,
  type Tally,
} from './parsed-set';
export type { LibrarySnapshot, PlanOptions, ImportPlan, ImportWrites, ImportCounts } from './plan-types';

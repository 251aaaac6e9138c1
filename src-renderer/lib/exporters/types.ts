import type { Annotation, LabelSet, SetDocument } from '../model';
import type { ZipEntry } from './zip';

/** A deleted annotation, kept so that a merge never brings it back (same shape as the db's). */
export interface ExportTombstone {
  id: string;
  documentId: string;
  /** ISO 8601 time of deletion. */
  modified: string;
  author?: string;
}

/** What every exporter reads: one scope of the library, as plain model objects. */
export interface ExportInput {
  /** The documents in scope, in the order the export should list them. */
  documents: SetDocument[];
  labelSets: LabelSet[];
  /** Live annotations of those documents (an annotation marked `deleted` is ignored). */
  annotations: Annotation[];
  /** Only the Close Reader set carries them; the other formats have no place for deletions. */
  tombstones?: ExportTombstone[];
  /** ISO 8601; defaults to now. */
  exportedAt?: string;
  generator?: { name: string; version: string };
}

export const EXPORT_FORMATS = ['close-reader-set', 'w3c', 'csv', 'markdown', 'doccano', 'brat', 'refi-qda'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats whose file may be a zip to deflate (the set only when large); the others never deflate. */
export const ZIPPED_FORMATS: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['close-reader-set', 'brat', 'refi-qda']);

export interface ExportOptions {
  /** Title of the scope (a document, a folder, a class): names the file and heads the Markdown. */
  title?: string;
  /** Close Reader set: above this many bytes of JSON, write a `.crset.zip`. Default 20 MB. */
  zipAboveBytes?: number;
  /** W3C: annotations per AnnotationPage. Default 1000. */
  pageSize?: number;
}

/** Something an export left out, and why, so the dialog can say so. */
export interface SkippedItem {
  kind: 'annotation' | 'link';
  /** The annotation id (for a link: the id of the annotation that carries it). */
  id: string;
  reason: string;
}

export interface ExportReport {
  /** Annotations written (live ones; links and tombstones are not counted). */
  annotations: number;
  skipped: SkippedItem[];
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  report: ExportReport;
}

/**
 * A file whose zip is yet to be deflated (brat, REFI-QDA, a large set): the caller deflates
 * it here (exportAs) or in workers (exportAsAsync), as the entries go on being written.
 */
export type ExportDraft = ExportFile | (Omit<ExportFile, 'bytes'> & { zip: { entries: Iterable<ZipEntry>; mtime: string } });

/** Names the file and heads the collection or report when the caller gives no title. */
export const DEFAULT_TITLE = 'Annotations';

export const DEFAULT_GENERATOR = { name: 'Close Reader', version: '' } as const;

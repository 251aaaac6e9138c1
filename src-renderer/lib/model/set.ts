import type { Annotation } from './annotation';
import type { DocumentRecord, DocumentText } from './document';
import type { LabelSet } from './labels';

/**
 * The Close Reader set: everything needed to rebuild a library (or part of one)
 * without loss. Exporting then importing into an empty library gives it back exactly.
 */
export const SET_FORMAT = 'close-reader-set';
export const SET_VERSION = 1;

export type SetDocument = DocumentRecord & Pick<DocumentText, 'text' | 'blocks'>;

/** A deletion, written as a small entry so that a merge never brings the annotation back. */
export interface SetTombstone {
  id: string;
  documentId: string;
  /** ISO 8601 time of deletion. */
  modified: string;
  author?: string;
  deleted: true;
}

export interface CloseReaderSet {
  format: typeof SET_FORMAT;
  version: typeof SET_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  generator: string;
  documents: SetDocument[];
  labelSets: LabelSet[];
  /** Live annotations and tombstones. */
  annotations: (Annotation | SetTombstone)[];
}

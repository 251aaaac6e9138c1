/**
 * What reading a file yields, whatever its format: annotations in one neutral shape, not
 * yet placed on any document. Matching, anchoring, labels and merging happen in planImport,
 * against the library.
 */
import type { Annotation, AnnotationLink, LabelSet, SetDocument, TextQuote } from '../../model';

export type AnnotationFileFormat = 'close-reader-set' | 'w3c' | 'hypothesis';

/** A label as a file names it: by set and id (Close Reader), by IRI, or by a tag's text. */
export interface LabelRef {
  name?: string;
  setId?: string;
  labelId?: string;
}

export interface IncomingTarget {
  /** The document id (SHA-256 of its text) the file names, when it names one. */
  documentId?: string;
  /** The document's URL or IRI as the file writes it, when it is not a document id. */
  source?: string;
  /** Where the annotation waits when no document of the library is its own. */
  waitingId: string;
  /** Undefined when the file gave only a position. */
  quote?: TextQuote;
  /** Offsets as the file gives them; W3C counts code points, the app UTF-16 units. */
  position?: { start: number; end: number; unit: 'utf16' | 'code-point' };
}

export interface IncomingAnnotation {
  /** Position among the file's annotations (from 0), for messages. */
  index: number;
  /** A UUID: the file's own, or one derived from the file's IRI for it. */
  id: string;
  target: IncomingTarget;
  /** In the file's order. The first that names a known label wins; see labels.ts. */
  tags: LabelRef[];
  note: string;
  links: AnnotationLink[];
  author: string;
  created: string;
  modified: string;
  /** A deletion: only id, target.documentId / waitingId, modified and author count. */
  deleted?: true;
  /** Close Reader set: the record as it was stored, anchoring included. */
  stored?: Annotation;
}

/** Why items of a file were left out. */
export type SkipReason =
  | 'page-note'
  | 'reply'
  | 'no-text-selector'
  | 'link-from-elsewhere'
  | 'link-without-target';

export const SKIP_REASONS: Record<SkipReason, string> = {
  'page-note': 'notes on a whole page or document (nothing selected in the text)',
  reply: 'replies to other annotations',
  'no-text-selector': 'annotations with neither a quote nor a text position (only range, XPath or CSS selectors)',
  'link-from-elsewhere': 'links from an annotation that is not in the file',
  'link-without-target': 'links that name fewer than two annotations',
};

/** Things read in a way worth telling, though nothing was left out. */
export type NoticeReason =
  | 'ignored-selectors'
  | 'ignored-bodies'
  | 'extra-targets'
  | 'default-relation'
  | 'tags-in-note'
  | 'duplicate-ids';

export const NOTICE_REASONS: Record<NoticeReason, string> = {
  'ignored-selectors': 'range, XPath, CSS and other selectors ignored (the quote and position are used)',
  'ignored-bodies': 'bodies that are neither text nor a link ignored',
  'extra-targets': 'extra targets ignored (an annotation is placed on its first text target)',
  'default-relation': 'links without a relation, read as “supports”',
  'tags-in-note': 'annotations with several tags: the others were added to the note as #tags',
  'duplicate-ids': 'annotations listed more than once in the file (the newest copy is used)',
};

export type Tally<K extends string> = Partial<Record<K, number>>;

export function bump<K extends string>(tally: Tally<K>, key: K, by = 1): void {
  tally[key] = (tally[key] ?? 0) + by;
}

export interface ParsedSet {
  fileName: string;
  format: AnnotationFileFormat;
  /** Close Reader set: a zip holding set.json. */
  zipped: boolean;
  /** Only a Close Reader set carries documents and label sets. */
  documents: SetDocument[];
  labelSets: LabelSet[];
  annotations: IncomingAnnotation[];
  skipped: Tally<SkipReason>;
  notices: Tally<NoticeReason>;
}

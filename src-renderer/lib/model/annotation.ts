/**
 * Annotations, shaped after the W3C Web Annotation model but stored flat:
 * the exporters turn them into JSON-LD, the importers turn JSON-LD back.
 */

/** W3C TextQuoteSelector; `prefix`/`suffix` hold up to 32 characters of context. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextQuoteSelector extends TextQuote {
  type: 'TextQuoteSelector';
}

/** Offsets here are UTF-16 code units inside the app; exporters convert to code points. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** The default relations between annotations; a label set may add its own. */
export const DEFAULT_RELATIONS = ['supports', 'contradicts', 'qualifies'] as const;

export interface AnnotationLink {
  /** supports | contradicts | qualifies | a relation of the label set. */
  relation: string;
  /** The id of the target annotation. */
  to: string;
}

/**
 * How an annotation sits on its document's text.
 * exact: the quote is at start..end. approximate: a fuzzy match (see `score`).
 * orphan: it could not be placed; start/end are the last known offsets and must not be painted.
 */
export type AnchorStatus = 'exact' | 'approximate' | 'orphan';

export interface Annotation {
  /** UUID (lower case, no urn: prefix). */
  id: string;
  /** ReaderDocument.id; for an annotation waiting for a missing document, the id it names. */
  documentId: string;
  start: number;
  end: number;
  quote: TextQuote;
  /** A Label.id of the document's label set. */
  label: string;
  /** Markdown. */
  note: string;
  links: AnnotationLink[];
  /** Display name of who made it; never changed by an import. */
  author: string;
  /** ISO 8601. */
  created: string;
  /** ISO 8601; the newer one wins a merge. */
  modified: string;
  /** A tombstone: kept so that a merge never brings a deleted annotation back. */
  deleted?: boolean;
  status: AnchorStatus;
  /** Confidence of an approximate anchor, 0–1. */
  score?: number;
  /** Source URL the annotation named, to match a document that arrives later. */
  sourceUrl?: string;
}

export function isLive(a: Annotation): boolean {
  return !a.deleted;
}

export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || a.created.localeCompare(b.created);
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

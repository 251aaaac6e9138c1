/**
 * The one pass every exporter starts from: documents in the caller's order, each with its
 * annotations in reading order, every annotation with its label resolved and its links
 * filtered to annotations that are in the export. Whether an annotation can be placed on
 * its text (`placed`) is decided here once, so every offset-carrying format agrees.
 */
import type { Annotation, AnnotationLink, LabelSet, SetDocument, TextQuoteSelector } from '../model';
import { byPosition } from '../model';
import { offsetConverter, type OffsetConverter } from '../anchoring/code-points';
import { describe } from '../anchoring/describe';
import { ExportError } from './errors';
import { resolveLabels, type ResolvedLabel } from './labels';
import { DEFAULT_GENERATOR, type ExportInput, type SkippedItem } from './types';

export interface PreparedDocument {
  doc: SetDocument;
  labelSet?: LabelSet;
  /** Live annotations of this document in reading order. */
  annotations: PreparedAnnotation[];
  /** UTF-16 ⇄ code point offsets of `doc.text`, built on first use. */
  codePoints(): OffsetConverter;
}

export interface PreparedAnnotation {
  annotation: Annotation;
  /** Undefined when the annotation names a document that is not in the export. */
  document?: PreparedDocument;
  label: ResolvedLabel;
  /** Links whose target is in the export too. */
  links: AnnotationLink[];
  /** start..end is a non-empty span of the document text and the annotation is not an orphan. */
  placed: boolean;
  /** Why it cannot be placed (when `placed` is false). */
  unplacedReason?: string;
  /**
   * UTF-16 span on the text: the stored offsets, widened when placed so that no surrogate
   * pair is cut in half.
   */
  start: number;
  end: number;
  /** Placed: quote and context read from the text (what the reader sees highlighted). Else the stored quote. */
  quote: TextQuoteSelector;
}

export interface Prepared {
  documents: PreparedDocument[];
  /** Document order, then reading order; annotations without a document come last. */
  annotations: PreparedAnnotation[];
  byId: Map<string, PreparedAnnotation>;
  /** Every label of every label set, then labels used but found in no set. */
  labels: ResolvedLabel[];
  exportedAt: string;
  generator: { name: string; version: string };
  /** Links dropped because their target is not in the export. */
  skipped: SkippedItem[];
}

export interface PrepareOptions {
  /**
   * Read each placed annotation's quote and context from the text (the default). A format
   * that writes annotations as stored (the Close Reader set) needs only the order and the
   * checks, and spares 100,000 reads of the text.
   */
  readQuotes?: boolean;
}

export function prepare(input: ExportInput, options: PrepareOptions = {}): Prepared {
  const readQuotes = options.readQuotes ?? true;
  const setsById = new Map(input.labelSets.map((s) => [s.id, s]));
  const documents: PreparedDocument[] = [];
  const docsById = new Map<string, PreparedDocument>();
  input.documents.forEach((doc, i) => {
    if (docsById.has(doc.id)) throw new ExportError(`documents[${i}]: document ${doc.id} (“${doc.title}”) is listed twice`);
    let converter: OffsetConverter | undefined;
    const prepared: PreparedDocument = {
      doc,
      labelSet: setsById.get(doc.labelSetId),
      annotations: [],
      codePoints: () => (converter ??= offsetConverter(doc.text)),
    };
    documents.push(prepared);
    docsById.set(doc.id, prepared);
  });

  const labelOf = resolveLabels(input.labelSets, (a) => docsById.get(a.documentId)?.labelSet);
  const byId = new Map<string, PreparedAnnotation>();
  const withoutDocument: PreparedAnnotation[] = [];
  input.annotations.forEach((a, i) => {
    if (a.deleted) return;
    checkShape(a, i);
    if (byId.has(a.id)) throw new ExportError(`annotations[${i}]: annotation ${a.id} is listed twice`);
    const document = docsById.get(a.documentId);
    const unplacedReason = whyUnplaced(a, document?.doc);
    const span =
      unplacedReason || !readQuotes
        ? { position: a, quote: { type: 'TextQuoteSelector' as const, exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix } }
        : describe(document!.doc.text, a.start, a.end);
    const p: PreparedAnnotation = {
      annotation: a,
      document,
      label: labelOf(a),
      links: [],
      placed: !unplacedReason,
      unplacedReason,
      start: span.position.start,
      end: span.position.end,
      quote: span.quote,
    };
    byId.set(a.id, p);
    (document ? document.annotations : withoutDocument).push(p);
  });

  const skipped: SkippedItem[] = [];
  for (const p of byId.values()) {
    for (const link of p.annotation.links) {
      if (byId.has(link.to)) p.links.push(link);
      else skipped.push({ kind: 'link', id: p.annotation.id, reason: `its “${link.relation}” link points to ${link.to}, which is not in the export` });
    }
  }

  const inOrder = (x: PreparedAnnotation, y: PreparedAnnotation) =>
    byPosition(x.annotation, y.annotation) || (x.annotation.id < y.annotation.id ? -1 : x.annotation.id > y.annotation.id ? 1 : 0);
  for (const d of documents) d.annotations.sort(inOrder);
  withoutDocument.sort(inOrder);

  return {
    documents,
    annotations: [...documents.flatMap((d) => d.annotations), ...withoutDocument],
    byId,
    labels: labelOf.all(),
    exportedAt: input.exportedAt ?? new Date().toISOString(),
    generator: input.generator ?? DEFAULT_GENERATOR,
    skipped,
  };
}

/** The fields every exporter relies on; anything else wrong is reported per annotation, not thrown. */
function checkShape(a: Annotation, i: number): void {
  const bad = (field: string, what: string) => new ExportError(`annotations[${i}] (${String(a?.id)}): ${field} ${what}`);
  if (typeof a?.id !== 'string' || !a.id) throw bad('id', 'is not a non-empty string');
  if (typeof a.documentId !== 'string') throw bad('documentId', 'is not a string');
  if (typeof a.label !== 'string') throw bad('label', 'is not a string');
  if (typeof a.note !== 'string') throw bad('note', 'is not a string');
  if (typeof a.quote?.exact !== 'string') throw bad('quote.exact', 'is not a string');
  if (!Array.isArray(a.links) || a.links.some((l) => typeof l?.to !== 'string' || typeof l.relation !== 'string')) {
    throw bad('links', 'is not a list of {relation, to} strings');
  }
}

function whyUnplaced(a: Annotation, doc: SetDocument | undefined): string | undefined {
  if (!doc) return `its document ${a.documentId} is not in the export`;
  if (a.status === 'orphan') return 'it is an orphan: its quote was not found in the document text';
  const ok = Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= doc.text.length;
  if (!ok) return `its offsets ${a.start}–${a.end} are not a span of the document text (length ${doc.text.length})`;
  return undefined;
}

/** The placed annotations of a list, and a skipped item for each of the others. */
export function placedOnly(list: readonly PreparedAnnotation[], skipped: SkippedItem[]): PreparedAnnotation[] {
  const out: PreparedAnnotation[] = [];
  for (const p of list) {
    if (p.placed) out.push(p);
    else skipped.push({ kind: 'annotation', id: p.annotation.id, reason: p.unplacedReason! });
  }
  return out;
}

/** The span in Unicode code points (for W3C, REFI-QDA, doccano, brat); placed annotations only. */
export function codePointSpan(p: PreparedAnnotation): { start: number; end: number } {
  const c = p.document!.codePoints();
  return { start: c.toCodePoints(p.start), end: c.toCodePoints(p.end) };
}

/** Generator as one display string: "Close Reader 0.1.0". */
export function generatorName(g: { name: string; version: string }): string {
  return g.version ? `${g.name} ${g.version}` : g.name;
}

/**
 * Placing incoming annotations on one document's text with the anchoring core; the quote
 * decides. Offsets from the file count only when the annotation names this very document by
 * id (the SHA-256 of its text): then they are converted to UTF-16 and used as the position
 * hint, and a position alone places an annotation. Offsets into another rendering of the
 * page (a Hypothesis export, a document matched by URL or by quotes) would mislead: ignored.
 * An annotation from a Close Reader set on the very text it was made on keeps its stored
 * anchoring as it is, after a check that it still fits.
 */
import type { AnchorStatus, TextQuote } from '../../model';
import { anchorAll, describe, offsetConverter, type AnchorOptions, type AnchorTarget } from '../../anchoring';
import type { IncomingAnnotation } from './parsed-set';

/** What placing needs of an annotation. */
export type Placeable = Pick<IncomingAnnotation, 'target' | 'stored'>;

export interface Placement {
  start: number;
  end: number;
  status: AnchorStatus;
  score?: number;
  quote: TextQuote;
}

type Hint = { start: number; end: number } | undefined;

function hintOf(item: Placeable, documentId: string, text: string, codePoints: () => ReturnType<typeof offsetConverter>): Hint {
  const p = item.target.position;
  // An empty span is no selection: an annotation waiting without known offsets stores 0–0.
  if (!p || p.start === p.end || item.target.documentId !== documentId) return undefined;
  if (p.unit === 'utf16') return p.end <= text.length ? { start: p.start, end: p.end } : undefined;
  const c = codePoints();
  return p.end <= c.codePointLength ? { start: c.fromCodePoints(p.start), end: c.fromCodePoints(p.end) } : undefined;
}

/** The stored anchoring of a set's annotation, when it was made on this very text and still fits it. */
function storedFits(item: Placeable, documentId: string, text: string): boolean {
  const a = item.stored;
  if (!a || a.documentId !== documentId || a.end > text.length || a.start > a.end) return false;
  return a.status !== 'exact' || text.slice(a.start, a.end) === a.quote.exact;
}

const orphan = (hint: Hint, quote: TextQuote): Placement => ({ start: hint?.start ?? 0, end: hint?.end ?? 0, status: 'orphan', quote });

/** One placement per item, in order; `items` are live annotations of the document `documentId`. */
export function placeOnText(
  documentId: string,
  text: string,
  items: readonly Placeable[],
  options: AnchorOptions = {},
): Placement[] {
  let converter: ReturnType<typeof offsetConverter> | undefined;
  const codePoints = () => (converter ??= offsetConverter(text));
  const out: Placement[] = new Array(items.length);
  const pending: { at: number; target: AnchorTarget; hint: Hint }[] = [];

  items.forEach((item, at) => {
    const stored = item.stored;
    if (stored && storedFits(item, documentId, text)) {
      out[at] = { start: stored.start, end: stored.end, status: stored.status, score: stored.score, quote: stored.quote };
      return;
    }
    const hint = hintOf(item, documentId, text, codePoints);
    const quote = item.target.quote;
    if (quote) {
      pending.push({ at, hint, target: hint ? { quote, position: hint } : { quote } });
    } else if (hint) {
      // Only a position: the text there is the quote.
      out[at] = { start: hint.start, end: hint.end, status: 'exact', score: 1, quote: strip(describe(text, hint.start, hint.end).quote) };
    } else {
      out[at] = orphan(hint, { exact: '', prefix: '', suffix: '' });
    }
  });

  const results = anchorAll(text, pending.map((p) => p.target), options);
  pending.forEach(({ at, hint, target }, i) => {
    const r = results[i];
    if (r.orphan) out[at] = orphan(hint, target.quote);
    else {
      const exact = r.score >= 1 && r.method !== 'fuzzy';
      out[at] = { start: r.start, end: r.end, status: exact ? 'exact' : 'approximate', ...(exact ? {} : { score: r.score }), quote: target.quote };
    }
  });
  return out;
}

function strip(q: TextQuote & { type?: string }): TextQuote {
  return { exact: q.exact, prefix: q.prefix, suffix: q.suffix };
}

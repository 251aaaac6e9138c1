/**
 * A document's text cut into passages, the unit the index retrieves: whole blocks merged
 * up to about 1.5 KB, so that a hit opens the document at its paragraph and a multi-word
 * query finds its words close together. A block longer than the maximum is cut at a
 * sentence end, or else at a space.
 */
import type { Block } from '../model';

export interface Span {
  start: number;
  end: number;
}

/** A passage stops growing once it reaches this many UTF-16 units… */
export const PASSAGE_TARGET = 1500;
/** …and never grows past this one by merging blocks. */
export const PASSAGE_MAX = 2000;

const SENTENCE_END = /[.!?…。؟;:]["'”’»)\]]*\s/g;
const SPACE = /\s/g;

/** The last match of `re` ending in text(from, to], as the offset just past it. */
function lastBreak(text: string, re: RegExp, from: number, to: number): number {
  let best = -1;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) best = m.index + m[0].length;
  return best;
}

/** Cuts a long span into windows of at most PASSAGE_MAX units. */
function cut(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > PASSAGE_MAX) {
    const limit = start + PASSAGE_MAX;
    let end = lastBreak(text, SENTENCE_END, start + PASSAGE_TARGET / 2, limit);
    if (end < 0) end = lastBreak(text, SPACE, start + PASSAGE_TARGET / 2, limit);
    if (end < 0) {
      end = limit;
      // Never between the two halves of a surrogate pair.
      const c = text.charCodeAt(end);
      if (c >= 0xdc00 && c <= 0xdfff) end--;
    }
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * The passages of a document, in reading order, covering every content block.
 * Page blocks overlap the content blocks of their page, so they only count when a
 * document has nothing else; a document without blocks is one long span.
 */
export function passagesOf(text: string, blocks: readonly Block[]): Span[] {
  const content = blocks.filter((b) => b.kind !== 'page' && b.end > b.start);
  const source = content.length ? content : blocks.filter((b) => b.end > b.start);
  const spans = source.length
    ? [...source].sort((a, b) => a.start - b.start).map((b) => ({ start: b.start, end: b.end }))
    : [{ start: 0, end: text.length }];

  const out: Span[] = [];
  let current: Span | undefined;
  for (const piece of spans.flatMap((s) => cut(text, s))) {
    if (current && current.end - current.start < PASSAGE_TARGET && piece.end - current.start <= PASSAGE_MAX) {
      current.end = Math.max(current.end, piece.end);
      continue;
    }
    if (current) out.push(current);
    current = { ...piece };
  }
  if (current) out.push(current);
  return out;
}

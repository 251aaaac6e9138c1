/**
 * The snippet of a hit: about 160 characters of the original text around the place where
 * most of the query's clauses occur close together, with every matched word located.
 */
import type { Occurrence } from './match';
import type { Span } from './passages';
import type { Snippet } from './types';

/** Characters of context a snippet aims for. */
const WIDTH = 160;

export interface Focus {
  /** The snippet. */
  snippet: Snippet;
  /** The first occurrence of the densest window: where a hit opens. */
  best: Occurrence;
  /** How many distinct clauses that window holds. */
  clauses: number;
}

/** The window of occurrences (within `width`) holding the most distinct clauses, then the most occurrences. */
function densest(occurrences: readonly Occurrence[], width: number): { from: number; to: number; clauses: number } {
  let best = { from: 0, to: 0, clauses: 0, count: 0 };
  const inWindow = new Map<number, number>();
  let from = 0;
  for (let to = 0; to < occurrences.length; to++) {
    const o = occurrences[to];
    inWindow.set(o.clause, (inWindow.get(o.clause) ?? 0) + 1);
    while (from < to && o.end - occurrences[from].start > width) {
      const c = occurrences[from++].clause;
      const n = inWindow.get(c)! - 1;
      if (n) inWindow.set(c, n);
      else inWindow.delete(c);
    }
    const count = to - from + 1;
    if (inWindow.size > best.clauses || (inWindow.size === best.clauses && count > best.count)) {
      best = { from, to, clauses: inWindow.size, count };
    }
  }
  return best;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Builds the snippet of `source` within `bounds` (the passage, or the whole title or note).
 * `occurrences` are in reading order and not empty.
 */
export function focus(source: string, bounds: Span, occurrences: readonly Occurrence[]): Focus {
  const window = densest(occurrences, WIDTH);
  const first = occurrences[window.from];
  const spanStart = first.start;
  const spanEnd = Math.max(...occurrences.slice(window.from, window.to + 1).map((o) => o.end));

  // Centre the matched span, then slide the window back inside the bounds.
  const room = Math.max(0, WIDTH - (spanEnd - spanStart));
  let start = Math.max(bounds.start, spanStart - Math.floor(room / 2));
  let end = Math.min(bounds.end, Math.max(spanEnd, start + WIDTH));
  start = Math.max(bounds.start, Math.min(start, end - WIDTH));

  // Whole words only: move inwards to a space, never past the matched span.
  if (start > bounds.start && !isSpace(source[start - 1])) {
    let s = start;
    while (s < spanStart && !isSpace(source[s])) s++;
    start = s < spanStart ? s : start;
  }
  if (end < bounds.end && !isSpace(source[end])) {
    let e = end;
    while (e > spanEnd && !isSpace(source[e - 1])) e--;
    end = e > spanEnd ? e : end;
  }
  while (start < spanStart && isSpace(source[start])) start++;
  while (end > spanEnd && isSpace(source[end - 1])) end--;
  if (isLowSurrogate(source.charCodeAt(start))) start--;
  if (isLowSurrogate(source.charCodeAt(end))) end++;

  const matches: [number, number][] = [];
  for (const o of occurrences) {
    if (o.start < start || o.end > end) continue;
    const last = matches[matches.length - 1];
    if (last && o.start - start <= last[1]) last[1] = Math.max(last[1], o.end - start);
    else matches.push([o.start - start, o.end - start]);
  }

  return {
    snippet: {
      // Line breaks become spaces one for one, so offsets stay those of the source.
      text: source.slice(start, end).replace(/[\n\r\t\u2028\u2029]/g, ' '),
      start,
      matches,
      clippedStart: start > 0 && source[start - 1] !== '\n',
      clippedEnd: end < source.length && source[end] !== '\n',
    },
    best: first,
    clauses: window.clauses,
  };
}

import search from 'approx-string-match';
import type { Candidate } from './scoring';
import type { SearchableText } from './searchable-text';

/** At most one error per this many units of the quote… */
const UNITS_PER_ERROR = 10;
/** …and never more than this many (one 32-bit word of Myers' algorithm). */
const MAX_ERRORS = 32;

/** The error budget of a quote: 0 for quotes under 10 units, which are only matched exactly. */
export function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length / UNITS_PER_ERROR));
}

/** The best approximate matches of `pattern` within copy[from, to) (Myers' bit-parallel algorithm). */
export function searchWindow(copy: string, pattern: string, maxErrors: number, from: number, to: number): Candidate[] {
  from = Math.max(0, from);
  to = Math.min(copy.length, to);
  if (to <= from) return [];
  return search(copy.slice(from, to), pattern, maxErrors).map((m) => ({
    start: from + m.start,
    end: from + m.end,
    errors: m.errors,
  }));
}

/**
 * Approximate matches anywhere in the text without scanning it with the pattern. Split
 * the pattern into `pieces` parts: a match with fewer errors than pieces contains at least
 * one part unchanged (pigeonhole), so only the neighbourhoods of the parts' exact
 * occurrences need the costly check (Myers' algorithm, allowing maxErrors errors there).
 * With pieces = maxErrors + 1 no match is missed; fewer, longer pieces are far cheaper
 * and still find every match whose errors are bunched into fewer than `pieces` parts.
 */
export function seededSearch(text: SearchableText, pattern: string, pieces: number, maxErrors: number): Candidate[] {
  const copy = text.copy;
  const m = pattern.length;
  const regions: [number, number][] = [];
  for (let i = 0; i < pieces; i++) {
    const from = Math.round((i * m) / pieces);
    const to = Math.round(((i + 1) * m) / pieces);
    for (const at of text.occurrences(pattern.slice(from, to))) {
      regions.push([at - from - maxErrors, at - from + m + maxErrors]);
    }
  }
  regions.sort((a, b) => a[0] - b[0]);
  const out: Candidate[] = [];
  for (let r = 0; r < regions.length; ) {
    let [from, to] = regions[r++];
    while (r < regions.length && regions[r][0] <= to) to = Math.max(to, regions[r++][1]);
    out.push(...searchWindow(copy, pattern, maxErrors, from, to));
  }
  return out;
}

/**
 * How many pieces to split the pattern into, in turn: few, long pieces first (rare in the
 * text, so cheap to check, and enough for the usual edit in one place), doubling up to the
 * maxErrors + 1 that guarantees every match is found.
 */
export function pieceStages(maxErrors: number): number[] {
  const stages: number[] = [];
  for (let p = 2; p < maxErrors + 1; p *= 2) stages.push(p);
  stages.push(maxErrors + 1);
  return stages;
}

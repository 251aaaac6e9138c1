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
 * the pattern into maxErrors + 1 pieces: a match with at most maxErrors errors contains at
 * least one piece unchanged (pigeonhole), so only the neighbourhoods of the pieces'
 * exact occurrences need the costly check (Myers' algorithm on each neighbourhood).
 */
export function seededSearch(text: SearchableText, pattern: string, maxErrors: number): Candidate[] {
  const copy = text.copy;
  const m = pattern.length;
  const pieces = maxErrors + 1;
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
 * The error budgets to try in turn, smallest first: few errors mean few, long pieces,
 * which are rare in the text and cheap to check, and most edited quotes have few errors.
 */
export function errorStages(maxErrors: number): number[] {
  const stages: number[] = [];
  for (let k = 1; k < maxErrors; k *= 2) stages.push(k);
  stages.push(maxErrors);
  return stages;
}

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

/** One pass of the seeded search: split the pattern into `pieces`, check where `minHits` of them agree. */
export interface SeedStage {
  pieces: number;
  minHits: number;
}

/** Pieces that must agree in the thorough pass; more filter better but make pieces shorter. */
const AGREEING = 3;

/**
 * The passes to try in turn. First the pattern's two halves, each alone: long pieces are
 * rare in the text, so cheap to check, and any match whose errors sit in one half keeps
 * the other intact (the usual edit in one place). Then maxErrors + 3 pieces of which three
 * must agree: a match with at most maxErrors errors leaves at least three pieces intact
 * (pigeonhole), so nothing is missed, while common pieces that turn up alone, or in pairs
 * as stock phrases do, cost no check.
 */
export function seedStages(maxErrors: number): SeedStage[] {
  const halves = { pieces: 2, minHits: 1 };
  return maxErrors <= 1 ? [halves] : [halves, { pieces: maxErrors + AGREEING, minHits: AGREEING }];
}

/**
 * Approximate matches anywhere in the text without scanning it with the pattern: the exact
 * occurrences of the pattern's pieces give the diagonals (text start − pattern offset)
 * where a match can lie; wherever at least `minHits` different pieces fall within
 * 2 × maxErrors of one another (the most a match's insertions and deletions can spread
 * them), the neighbourhood is checked with Myers' algorithm.
 */
export function seededSearch(text: SearchableText, pattern: string, stage: SeedStage, maxErrors: number): Candidate[] {
  const m = pattern.length;
  const diagonals: number[] = [];
  const pieceOf: number[] = [];
  for (let i = 0; i < stage.pieces; i++) {
    const from = Math.round((i * m) / stage.pieces);
    const to = Math.round(((i + 1) * m) / stage.pieces);
    for (const at of text.occurrences(pattern.slice(from, to))) {
      diagonals.push(at - from);
      pieceOf.push(i);
    }
  }
  const order = Array.from(diagonals.keys()).sort((a, b) => diagonals[a] - diagonals[b]);
  const regions: [number, number][] = [];
  const inWindow = new Int32Array(stage.pieces);
  let distinct = 0;
  for (let lo = 0, hi = 0; hi < order.length; hi++) {
    if (inWindow[pieceOf[order[hi]]]++ === 0) distinct++;
    while (diagonals[order[hi]] - diagonals[order[lo]] > 2 * maxErrors) {
      if (--inWindow[pieceOf[order[lo]]] === 0) distinct--;
      lo++;
    }
    if (distinct >= stage.minHits) regions.push([diagonals[order[lo]] - maxErrors, diagonals[order[hi]] + m + maxErrors]);
  }
  const out: Candidate[] = [];
  for (let r = 0; r < regions.length; ) {
    let [from, to] = regions[r++];
    while (r < regions.length && regions[r][0] <= to) to = Math.max(to, regions[r++][1]);
    out.push(...searchWindow(text.copy, pattern, maxErrors, from, to));
  }
  return out;
}

import { contextDistances } from './context-similarity';
import type { Candidate, PreparedQuote } from './scoring';

/**
 * Where exactly an approximate match begins and ends. The fewest-errors match can be off
 * by a few characters at an edited edge: "th|jzi|e evidence" matches "the evidence" with
 * 2 errors as "zie evidence" but with 3 as "thjzie evidence", the reader's real passage.
 * The recorded prefix and suffix settle it: each edge moves to where quote errors plus
 * context errors are fewest, the start first (with the end fixed), then the end.
 */
export function refineBoundaries(copy: string, quote: PreparedQuote, c: Candidate): Candidate {
  if (c.errors === 0) return c;
  const slack = c.errors + 4;
  const start = bestEdge(copy, quote, c.end, c.end - c.start, slack, 'start');
  const end = bestEdge(copy, quote, start.at, c.end - start.at, slack, 'end');
  return { start: start.at, end: end.at, errors: end.errors };
}

/**
 * With one edge pinned at `pinned`, the other edge at a span length within `slack` of
 * `length` that minimises quote errors + context errors. Ties keep the length nearest
 * the original.
 */
function bestEdge(
  copy: string,
  quote: PreparedQuote,
  pinned: number,
  length: number,
  slack: number,
  moving: 'start' | 'end',
): { at: number; errors: number } {
  const distances = anchoredDistances(copy, quote.exact, pinned, length + slack, slack + Math.abs(length - quote.exact.length), moving);
  const shortest = Math.max(1, length - slack);
  const longest = Math.min(distances.length - 1, length + slack);
  const edgeAt = (len: number) => (moving === 'start' ? pinned - len : pinned + len);
  const context = moving === 'start' ? quote.prefix : quote.suffix;
  // Context errors at every possible edge, in one pass.
  const first = Math.min(edgeAt(shortest), edgeAt(longest));
  const contextErrors = context
    ? contextDistances(copy, first, Math.max(edgeAt(shortest), edgeAt(longest)), context, moving === 'start' ? 'before' : 'after')
    : undefined;
  let best = { at: edgeAt(length), errors: distances[length], total: Infinity };
  for (let d = 0; d <= slack; d++) {
    for (const len of d === 0 ? [length] : [length - d, length + d]) {
      if (len < shortest || len > longest || !Number.isFinite(distances[len])) continue;
      const at = edgeAt(len);
      const total = distances[len] + (contextErrors ? contextErrors[at - first] : 0);
      if (total < best.total) best = { at, errors: distances[len], total };
    }
  }
  return best;
}

/**
 * distances[j] = edit distance between `pattern` and the j copy units that end at
 * `pinned` (moving start) or begin there (moving end), for j ≤ maxLength, computed in a
 * band of ±band around the diagonal (Infinity outside it).
 */
function anchoredDistances(copy: string, pattern: string, pinned: number, maxLength: number, band: number, moving: 'start' | 'end'): Float64Array {
  const m = pattern.length;
  const w = moving === 'start' ? Math.min(maxLength, pinned) : Math.min(maxLength, copy.length - pinned);
  let prev = new Float64Array(w + 1).fill(Infinity);
  let row = new Float64Array(w + 1).fill(Infinity);
  for (let j = 0; j <= Math.min(w, band); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = moving === 'start' ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
    const lo = Math.max(0, i - band);
    const hi = Math.min(w, i + band);
    row.fill(Infinity, Math.max(0, lo - 1), Math.min(w, hi + 1) + 1);
    if (lo === 0) row[0] = i;
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const tc = moving === 'start' ? copy.charCodeAt(pinned - j) : copy.charCodeAt(pinned + j - 1);
      row[j] = Math.min(prev[j - 1] + (pc === tc ? 0 : 1), prev[j] + 1, row[j - 1] + 1);
    }
    const done = row;
    row = prev;
    prev = done;
  }
  return prev;
}

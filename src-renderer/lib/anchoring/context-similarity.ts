/**
 * How well a recorded prefix or suffix agrees with the text beside a candidate match:
 * 1 − edit distance / length. The alignment is pinned at the candidate and free at the far
 * end, so a word inserted into the context costs its length once instead of shifting
 * every character after it.
 */

/** Context the candidate reaches beyond the recorded one, to absorb insertions. */
const SLACK = 16;

let row = new Int32Array(64);
let prev = new Int32Array(64);

/**
 * Edit distance between `context` and the text that ends at `at` (side "before") or
 * starts at `at` (side "after"), read away from the candidate.
 */
export function contextDistance(text: string, at: number, context: string, side: 'before' | 'after'): number {
  const m = context.length;
  if (side === 'before' ? text.endsWith(context, at) : text.startsWith(context, at)) return 0;
  const w = side === 'before' ? Math.min(at, m + SLACK) : Math.min(text.length - at, m + SLACK);
  if (row.length <= w) {
    row = new Int32Array(w + 1);
    prev = new Int32Array(w + 1);
  }
  // Row i: distance between the first i context units (nearest the candidate first) and
  // the first j text units read away from it.
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = side === 'before' ? context.charCodeAt(m - i) : context.charCodeAt(i - 1);
    row[0] = i;
    for (let j = 1; j <= w; j++) {
      const tc = side === 'before' ? text.charCodeAt(at - j) : text.charCodeAt(at + j - 1);
      row[j] = Math.min(prev[j - 1] + (pc === tc ? 0 : 1), prev[j] + 1, row[j - 1] + 1);
    }
    const done = row;
    row = prev;
    prev = done;
  }
  let best = m;
  for (let j = 0; j <= w; j++) if (prev[j] < best) best = prev[j];
  return best;
}

/** The similarity in [0, 1] of a non-empty recorded context with the text beside `at`. */
export function contextSimilarity(text: string, at: number, context: string, side: 'before' | 'after'): number {
  return 1 - contextDistance(text, at, context, side) / context.length;
}

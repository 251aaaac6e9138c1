/**
 * How well a recorded prefix or suffix agrees with the text beside a candidate match:
 * 1 − edit distance / length. The alignment is pinned at the candidate and free at the far
 * end, so a word inserted into the context costs its length once instead of shifting
 * every character after it.
 */

/** Context the candidate may reach beyond the recorded one, to absorb insertions. */
const SLACK = 16;

let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * distances[a - from] = edit distance between `context` and the text that ends at a
 * (side "before") or starts at a (side "after"), for every a in [from, to]. One pass of
 * Sellers' algorithm over the text read away from the candidates: free where the
 * context's far end lands, pinned at each candidate.
 */
export function contextDistances(text: string, from: number, to: number, context: string, side: 'before' | 'after'): Int32Array {
  const m = context.length;
  const reach = m + SLACK;
  // The pass runs from the far side towards the candidates: forwards for "before", backwards
  // from past the last candidate for "after".
  const lo = side === 'before' ? Math.max(0, from - reach) : from;
  const hi = side === 'before' ? to : Math.min(text.length, to + reach);
  const n = hi - lo;
  if (current.length <= n) {
    previous = new Int32Array(n + 1);
    current = new Int32Array(n + 1);
  }
  // Row i: the context's i units from its far end. Column j: the pass's first j text units.
  // Row 0 is all zeros: the context may begin anywhere.
  previous.fill(0, 0, n + 1);
  for (let i = 1; i <= m; i++) {
    const c = side === 'before' ? context.charCodeAt(i - 1) : context.charCodeAt(m - i);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const t = side === 'before' ? text.charCodeAt(lo + j - 1) : text.charCodeAt(hi - j);
      const diagonal = previous[j - 1] + (c === t ? 0 : 1);
      const up = previous[j] + 1;
      const left = current[j - 1] + 1;
      current[j] = diagonal < up ? (diagonal < left ? diagonal : left) : up < left ? up : left;
    }
    const done = previous;
    previous = current;
    current = done;
  }
  const out = new Int32Array(to - from + 1);
  for (let a = from; a <= to; a++) out[a - from] = side === 'before' ? previous[a - lo] : previous[hi - a];
  return out;
}

/** The similarity in [0, 1] of a non-empty recorded context with the text beside `at`. */
export function contextSimilarity(text: string, at: number, context: string, side: 'before' | 'after'): number {
  if (side === 'before' ? text.endsWith(context, at) : text.startsWith(context, at)) return 1;
  return 1 - contextDistances(text, at, at, context, side)[0] / context.length;
}

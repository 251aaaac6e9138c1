/**
 * Every occurrence of a string in a large text, fast: an index from the hash bucket of a
 * 4-unit gram to the positions where it starts. Only every STRIDE-th position is indexed
 * (half the work and memory); a needle then has, for each of the STRIDE possible
 * alignments, a gram that falls on an indexed position. A lookup walks, per alignment, the
 * bucket of the rarest such gram and checks each position, so it costs about the number
 * of occurrences of those grams instead of a scan of the whole text.
 */

export const GRAM = 4;
const STRIDE = 2;
/** The shortest needle the index can find: every alignment needs one whole gram. */
export const MIN_NEEDLE = GRAM + STRIDE - 1;
const BITS = 16;
const MULT = 0x9e3779b1;

function gramHash(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ text.charCodeAt(at + k), MULT);
  return h >>> (32 - BITS);
}

export class GramIndex {
  /** Positions of bucket b: positions[bucketStarts[b] .. bucketStarts[b + 1]), ascending. */
  private readonly bucketStarts = new Int32Array((1 << BITS) + 1);
  private readonly positions: Int32Array;

  constructor(private readonly text: string) {
    const n = Math.max(0, Math.ceil((text.length - GRAM + 1) / STRIDE));
    const buckets = new Int32Array(n);
    const starts = this.bucketStarts;
    for (let j = 0; j < n; j++) {
      const b = gramHash(text, j * STRIDE);
      buckets[j] = b;
      starts[b + 1]++;
    }
    for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
    const fill = starts.slice(0, -1);
    const positions = new Int32Array(n);
    for (let j = 0; j < n; j++) positions[fill[buckets[j]]++] = j * STRIDE;
    this.positions = positions;
  }

  /** Ascending start offsets of `needle` (at least MIN_NEEDLE units long) in the text. */
  find(needle: string): number[] {
    if (needle.length < MIN_NEEDLE) throw new RangeError(`GramIndex.find: needle shorter than ${MIN_NEEDLE} units`);
    const out: number[] = [];
    // An occurrence at p is seen through the gram at needle offset k ≡ -p (mod STRIDE).
    for (let r = 0; r < STRIDE; r++) {
      let bestAt = r;
      let bestBucket = gramHash(needle, r);
      for (let k = r + STRIDE; k + GRAM <= needle.length; k += STRIDE) {
        const b = gramHash(needle, k);
        if (this.size(b) < this.size(bestBucket)) {
          bestAt = k;
          bestBucket = b;
        }
      }
      for (let p = this.bucketStarts[bestBucket]; p < this.bucketStarts[bestBucket + 1]; p++) {
        const start = this.positions[p] - bestAt;
        if (start >= 0 && this.text.startsWith(needle, start)) out.push(start);
      }
    }
    return out.sort((a, b) => a - b);
  }

  private size(bucket: number): number {
    return this.bucketStarts[bucket + 1] - this.bucketStarts[bucket];
  }
}

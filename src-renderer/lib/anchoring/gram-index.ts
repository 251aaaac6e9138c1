/**
 * Every occurrence of a string in a large text, fast: an index from each 5-unit gram's
 * hash bucket to the positions where it starts. A lookup walks the bucket of the needle's
 * rarest gram and checks each position, so it costs about the number of occurrences of
 * that gram instead of a scan of the whole text.
 */

export const GRAM = 5;
const BITS = 18;
const MULT = 0x9e3779b1;

function gramHash(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ text.charCodeAt(at + k), MULT);
  return h >>> (32 - BITS);
}

export class GramIndex {
  /** Positions of bucket b: positions[bucketStarts[b] .. bucketStarts[b + 1]). */
  private readonly bucketStarts = new Int32Array((1 << BITS) + 1);
  private readonly positions: Int32Array;

  constructor(private readonly text: string) {
    const n = Math.max(0, text.length - GRAM + 1);
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    const buckets = new Int32Array(n);
    const starts = this.bucketStarts;
    for (let i = 0; i < n; i++) {
      let h = 0;
      for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ units[i + k], MULT);
      const b = h >>> (32 - BITS);
      buckets[i] = b;
      starts[b + 1]++;
    }
    for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
    const fill = starts.slice(0, -1);
    const positions = new Int32Array(n);
    for (let i = 0; i < n; i++) positions[fill[buckets[i]]++] = i;
    this.positions = positions;
  }

  /** Ascending start offsets of `needle` (at least GRAM units long) in the text. */
  find(needle: string): number[] {
    if (needle.length < GRAM) throw new RangeError(`GramIndex.find: needle shorter than ${GRAM} units`);
    let bestAt = 0;
    let bestBucket = 0;
    let bestSize = Infinity;
    for (let k = 0; k + GRAM <= needle.length; k++) {
      const b = gramHash(needle, k);
      const size = this.bucketStarts[b + 1] - this.bucketStarts[b];
      if (size < bestSize) {
        bestSize = size;
        bestAt = k;
        bestBucket = b;
        if (size === 0) return [];
      }
    }
    const out: number[] = [];
    for (let p = this.bucketStarts[bestBucket]; p < this.bucketStarts[bestBucket + 1]; p++) {
      const start = this.positions[p] - bestAt;
      if (start >= 0 && this.text.startsWith(needle, start)) out.push(start);
    }
    return out;
  }
}

/**
 * A 2,048-bit Bloom filter per passage of the runs of two and three adjacent terms it
 * holds, so that a phrase query drops most candidates that hold its words but not side
 * by side without reading them: the index itself only knows which words a passage holds.
 * Runs of three matter for phrases of common words, whose pairs are everywhere. With
 * about 500 runs in a passage, a missing run passes by chance about one time in seven.
 * A "no" is always right.
 */

/** 32-bit words per filter. */
export const FILTER_WORDS = 64;
const BITS = FILTER_WORDS * 32;

/** FNV-1a of a term. */
function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Combines hashes in order, then mixes (murmur3's finaliser) so that all bits spread. */
function runHash(a: number, b: number, c = 0): number {
  let h = Math.imul(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b, 0xcc9e2d51) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Calls `visit` with the hash of every run of two and of three adjacent terms. */
function eachRun(terms: readonly string[], visit: (hash: number) => void): void {
  let before = 0;
  let previous = 0;
  for (let i = 0; i < terms.length; i++) {
    const h = termHash(terms[i]);
    if (i > 0) visit(runHash(previous, h));
    if (i > 1) visit(runHash(before, previous, h));
    before = previous;
    previous = h;
  }
}

export function runHashes(terms: readonly string[]): number[] {
  const out: number[] = [];
  eachRun(terms, (h) => out.push(h));
  return out;
}

/** Sets the runs of `terms` in the filter at words [at, at + FILTER_WORDS) of `filters`. */
export function fillFilter(filters: Uint32Array, at: number, terms: readonly string[]): void {
  eachRun(terms, (h) => {
    const a = h % BITS;
    const b = (h >>> 11) % BITS;
    filters[at + (a >>> 5)] |= 1 << (a & 31);
    filters[at + (b >>> 5)] |= 1 << (b & 31);
  });
}

/** False when the filter at `at` certainly misses one of the runs. */
export function mayHoldRuns(filters: Uint32Array, at: number, hashes: readonly number[]): boolean {
  for (const h of hashes) {
    const a = h % BITS;
    const b = (h >>> 11) % BITS;
    if (!(filters[at + (a >>> 5)] & (1 << (a & 31))) || !(filters[at + (b >>> 5)] & (1 << (b & 31)))) return false;
  }
  return true;
}

/** Filters as text for the persisted index (base64 of their bytes). */
export function filtersToText(filters: Uint32Array): string {
  const bytes = new Uint8Array(filters.buffer, filters.byteOffset, filters.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function filtersFromText(text: string): Uint32Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Uint32Array(bytes.buffer);
}

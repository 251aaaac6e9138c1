/**
 * A 1,024-bit Bloom filter per passage of the pairs of adjacent terms it holds, so that a
 * phrase query drops most candidates that hold its words but not side by side without
 * reading them: the index itself only knows which words a passage holds. With about 250
 * pairs in a passage, a missing pair passes by chance about one time in seven; a missing
 * phrase of three words, about one time in fifty. A "no" is always right.
 */

/** 32-bit words per filter. */
export const FILTER_WORDS = 32;
const BITS = FILTER_WORDS * 32;

/** FNV-1a of a term. */
function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The hash of a pair, mixed (murmur3's finaliser) so that both halves spread. */
function pairHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hashes of the adjacent pairs of a run of terms. */
export function pairHashes(terms: readonly string[]): number[] {
  const out: number[] = [];
  let previous = terms.length ? termHash(terms[0]) : 0;
  for (let i = 1; i < terms.length; i++) {
    const next = termHash(terms[i]);
    out.push(pairHash(previous, next));
    previous = next;
  }
  return out;
}

/** Sets the pairs of `terms` in the filter at words [at, at + FILTER_WORDS) of `filters`. */
export function fillFilter(filters: Uint32Array, at: number, terms: readonly string[]): void {
  for (const h of pairHashes(terms)) {
    for (const bit of [h % BITS, (h >>> 10) % BITS]) filters[at + (bit >>> 5)] |= 1 << (bit & 31);
  }
}

/** False when the filter at `at` certainly misses one of the pairs. */
export function mayHoldPairs(filters: Uint32Array, at: number, hashes: readonly number[]): boolean {
  for (const h of hashes) {
    for (const bit of [h % BITS, (h >>> 10) % BITS]) {
      if (!(filters[at + (bit >>> 5)] & (1 << (bit & 31)))) return false;
    }
  }
  return true;
}

/** Filters as text for the persisted index (base64 of their little-endian bytes). */
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

/**
 * A short digest of what an index holds (documents with their titles, notes with their
 * versions), to tell at start-up whether a persisted index still matches the library.
 */
import type { LibraryState } from './types';

/** cyrb53: a fast 53-bit string hash; collisions are not a security concern here. */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Equal for equal states whatever their order: "documents:notes:hash". */
export function fingerprintOf(state: LibraryState): string {
  const lines = [
    ...state.documents.map((d) => `d\u0000${d.id}\u0000${d.title}`),
    ...state.notes.map((n) => `n\u0000${n.id}\u0000${n.documentId}\u0000${n.modified}`),
  ].sort();
  return `${state.documents.length}:${state.notes.length}:${cyrb53(lines.join('\u0001')).toString(36)}`;
}

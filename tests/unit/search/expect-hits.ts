/** Checks that hold for every hit, whatever the query: snippets and offsets are true to the source. */
import { expect } from 'vitest';
import type { SearchHit, SearchIndex } from '../../../src-renderer/lib/search';
import { library } from './library';

/** The string a hit's snippet was cut from. */
export function sourceOf(hit: SearchHit, notes: ReadonlyMap<string, string> = new Map()): string {
  const doc = library.find((d) => d.id === hit.documentId)!;
  if (hit.kind === 'title') return doc.title;
  if (hit.kind === 'note') return notes.get(hit.annotationId!)!;
  return doc.text;
}

export function expectFaithful(hit: SearchHit, notes?: ReadonlyMap<string, string>): void {
  const source = sourceOf(hit, notes);
  const { text, start, matches } = hit.snippet;
  expect(text).toBe(source.slice(start, start + text.length).replace(/[\n\r\t]/g, ' '));
  expect(text.length).toBeLessThanOrEqual(240);
  expect(matches.length).toBeGreaterThan(0);
  let previous = -1;
  for (const [a, b] of matches) {
    expect(a).toBeGreaterThan(previous);
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThanOrEqual(text.length);
    previous = b;
  }
  // Words are never cut: a snippet starts and ends at a word boundary.
  expect(/[\p{L}\p{N}]/u.test(source[start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(source[start] ?? ' ')).toBe(false);
  const end = start + text.length;
  expect(/[\p{L}\p{N}]/u.test(source[end - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(source[end] ?? ' ')).toBe(false);
  if (hit.kind === 'text') {
    const at = hit.start - start;
    expect(matches.some(([a, b]) => a <= at && hit.end - start <= b)).toBe(true);
  }
}

/** The matched words of a hit, as written in the source. */
export function matchedWords(hit: SearchHit): string[] {
  return hit.snippet.matches.map(([a, b]) => hit.snippet.text.slice(a, b));
}

export async function documentsFound(index: SearchIndex, query: string): Promise<string[]> {
  const hits = await index.search(query, { limit: 500, perDocument: 100 });
  return [...new Set(hits.map((h) => h.documentId))].sort();
}

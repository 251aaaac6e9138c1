import search from 'approx-string-match';
import { describe as group, expect, it } from 'vitest';
import { seededSearch, seedStages } from '../../../src-renderer/lib/anchoring/approximate-search';
import { SearchableText } from '../../../src-renderer/lib/anchoring/searchable-text';
import { createRng, generateDocumentText } from '../../bench/fixtures/generate-text';

const TEXT = generateDocumentText({ paragraphs: 300, seed: 21 }); // ≈ 150 KB: large enough for the gram index

function naiveOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

group('searching the whole text', () => {
  it('finds every occurrence, by scanning at first and through the gram index later', () => {
    const searchable = new SearchableText(TEXT);
    const rng = createRng(4);
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(rng() * (TEXT.length - 40));
      const needle = searchable.copy.slice(at, at + 3 + Math.floor(rng() * 30));
      expect(searchable.occurrences(needle)).toEqual(naiveOccurrences(searchable.copy, needle));
    }
    expect(searchable.occurrences('no such phrase anywhere')).toEqual([]);
    expect(searchable.occurrences('the report', 1000, 3000)).toEqual(naiveOccurrences(searchable.copy, 'the report').filter((i) => i >= 1000 && i + 10 <= 3000));
  });

  it('finds the same best approximate matches as a scan of the whole text (pigeonhole filter)', () => {
    const searchable = new SearchableText(TEXT);
    const rng = createRng(9);
    for (let i = 0; i < 25; i++) {
      const at = Math.floor(rng() * (TEXT.length - 200));
      const original = searchable.copy.slice(at, at + 40 + Math.floor(rng() * 120));
      // Damage the pattern in up to maxErrors places.
      const maxErrors = Math.floor(original.length / 10);
      let pattern = original;
      for (let e = 0; e < 1 + Math.floor(rng() * maxErrors); e++) {
        const p = Math.floor(rng() * pattern.length);
        pattern = pattern.slice(0, p) + 'qz'[e % 2] + pattern.slice(p + 1);
      }
      const expected = search(searchable.copy, pattern, maxErrors);
      const found = seedStages(maxErrors).flatMap((stage) => seededSearch(searchable, pattern, stage, maxErrors));
      const best = Math.min(...found.map((c) => c.errors));
      expect(best).toBe(expected[0].errors);
      for (const m of expected) expect(found).toContainEqual({ start: m.start, end: m.end, errors: m.errors });
    }
  });
});

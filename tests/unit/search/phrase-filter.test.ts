import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillFilter, FILTER_WORDS, filtersFromText, filtersToText, mayHoldRuns, runHashes } from '../../../src-renderer/lib/search/phrase-filter';
import { encode } from '../../../src-renderer/lib/search/tokenize';
import { generateDocumentText } from '../../bench/fixtures/generate-text';

const filterOf = (terms: string[]) => {
  const f = new Uint32Array(FILTER_WORDS);
  fillFilter(f, 0, terms);
  return f;
};

describe('phrase filter', () => {
  it('always lets through a run of words the passage holds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 2, maxLength: 300 }), fc.nat(), fc.integer({ min: 2, max: 5 }), (terms, at, length) => {
        const start = at % (terms.length - 1);
        const phrase = terms.slice(start, start + length);
        expect(mayHoldRuns(filterOf(terms), 0, runHashes(phrase))).toBe(true);
      }),
    );
  });

  it('turns away most passages that hold the words of a phrase but not in that order', () => {
    const text = generateDocumentText({ paragraphs: 400, seed: 5 });
    const passages = text.split('\n').map((p) => encode(p));
    const filters = passages.map(filterOf);
    const words = encode(text);
    let tested = 0;
    let passed = 0;
    for (let i = 0; i < 200; i++) {
      // Three words of the text, out of their order: a phrase that is nowhere.
      const phrase = [words[i * 7 + 2], words[i * 7], words[i * 7 + 1]];
      const joined = ` ${phrase.join(' ')} `;
      passages.forEach((terms, p) => {
        if (!phrase.every((t) => terms.includes(t)) || ` ${terms.join(' ')} `.includes(joined)) return;
        tested++;
        if (mayHoldRuns(filters[p], 0, runHashes(phrase))) passed++;
      });
    }
    expect(tested).toBeGreaterThan(1000);
    expect(passed / tested).toBeLessThan(0.15);
  });

  it('round-trips through text', () => {
    const filters = new Uint32Array(FILTER_WORDS * 3);
    fillFilter(filters, FILTER_WORDS, ['x', 'y', 'z']);
    expect(filtersFromText(filtersToText(filters))).toEqual(filters);
    expect(filtersFromText(filtersToText(filters.subarray(FILTER_WORDS)))).toEqual(filters.subarray(FILTER_WORDS));
  });
});

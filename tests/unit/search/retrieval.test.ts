import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src-renderer/lib/search/query';
import { retrievalOf } from '../../../src-renderer/lib/search/retrieval';
import { Vocabulary } from '../../../src-renderer/lib/search/vocabulary';

/** 100 entries: "the" in 95, "report" in 60, "sahel" in 10, "sahelian" in 3, "rutte" in 1. */
function vocabulary(): Vocabulary {
  const v = new Vocabulary();
  for (let i = 0; i < 100; i++) {
    const terms = [];
    if (i < 95) terms.push('the');
    if (i < 60) terms.push('report');
    if (i < 10) terms.push('sahel');
    if (i >= 10 && i < 13) terms.push('sahelian');
    if (i === 50) terms.push('rutte');
    v.add(terms);
  }
  return v;
}

const plan = (query: string, completions: string[] = []) => retrievalOf(parseQuery(query), completions, vocabulary(), 100, 40);

describe('retrievalOf', () => {
  it('looks up the words that narrow the search and leaves the common ones to the check', () => {
    expect(plan('the Sahel report Rutte ')).toEqual({ whole: ['sahel', 'rutte'], anyOf: [] });
  });

  it('looks up only the rarest word of a phrase: the phrase filters do the rest', () => {
    expect(plan('"the Sahel report" Rutte ')).toEqual({ whole: ['sahel', 'rutte'], anyOf: [] });
  });

  it('looks up only the rarest word when every word is common', () => {
    expect(plan('"the report" ')).toEqual({ whole: ['report'], anyOf: [] });
  });

  it('looks up the completions of the word being typed next to the other words', () => {
    expect(plan('Rutte sah', ['sahel', 'sahelian'])).toEqual({ whole: ['rutte'], anyOf: ['sahel', 'sahelian'] });
    // Completions found nearly everywhere narrow nothing.
    expect(plan('Rutte th', ['the'])).toEqual({ whole: ['rutte'], anyOf: [] });
  });

  it('keeps only the most frequent completions that suffice when they alone narrow the search', () => {
    expect(plan('re', ['report', 'rutte'])).toEqual({ whole: [], anyOf: ['report'] });
    expect(plan('sah', ['sahel', 'sahelian'])).toEqual({ whole: [], anyOf: ['sahel', 'sahelian'] });
  });
});

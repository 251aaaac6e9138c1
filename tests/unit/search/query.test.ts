import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src-renderer/lib/search/query';

describe('parseQuery', () => {
  it('makes each bare word a clause; the word touching the end is being typed', () => {
    expect(parseQuery('Niger coup')).toEqual([
      { terms: ['niger'], prefix: false },
      { terms: ['coup'], prefix: true },
    ]);
    expect(parseQuery('Niger coup ')).toEqual([
      { terms: ['niger'], prefix: false },
      { terms: ['coup'], prefix: false },
    ]);
  });

  it('keeps a quoted phrase together, with straight, curly or French quotes', () => {
    const phrase = { terms: ['united', 'states'], prefix: false };
    expect(parseQuery('"United States"')).toEqual([phrase]);
    expect(parseQuery('“United States”')).toEqual([phrase]);
    expect(parseQuery('« sécurité collective » Sahel')).toEqual([
      { terms: ['securite', 'collective'], prefix: false },
      { terms: ['sahel'], prefix: true },
    ]);
  });

  it('runs an unclosed quote to the end, its last word being typed', () => {
    expect(parseQuery('coalition "United Sta')).toEqual([
      { terms: ['coalition'], prefix: false },
      { terms: ['united', 'sta'], prefix: true },
    ]);
  });

  it('treats a word with inner punctuation as a phrase of its parts', () => {
    expect(parseQuery('U.S.-led mission')).toEqual([
      { terms: ['u', 's', 'led'], prefix: false },
      { terms: ['mission'], prefix: true },
    ]);
    expect(parseQuery('l’État')).toEqual([{ terms: ['l', 'etat'], prefix: true }]);
  });

  it('ends typing at punctuation', () => {
    expect(parseQuery('Sahel,')).toEqual([{ terms: ['sahel'], prefix: false }]);
  });

  it('drops repeated clauses and clauses without words', () => {
    expect(parseQuery('sahel SAHEL Sahel ')).toEqual([{ terms: ['sahel'], prefix: false }]);
    expect(parseQuery(' — "" … ')).toEqual([]);
  });
});

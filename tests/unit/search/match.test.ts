import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOccurrences, matcherOf, type Occurrence } from '../../../src-renderer/lib/search/match';
import { parseQuery, type Clause } from '../../../src-renderer/lib/search/query';
import { tokenize } from '../../../src-renderer/lib/search/tokenize';

/** The plain definition: tokenize, then try every clause at every token. */
function oracle(text: string, clauses: readonly Clause[]): Occurrence[] | undefined {
  const tokens = tokenize(text);
  const out: Occurrence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    clauses.forEach((c, clause) => {
      if (i + c.terms.length > tokens.length) return;
      let whole = true;
      for (let j = 0; j < c.terms.length; j++) {
        const token = tokens[i + j].term;
        const term = c.terms[j];
        if (token === term) continue;
        if (c.prefix && j === c.terms.length - 1 && token.startsWith(term)) whole = false;
        else return;
      }
      out.push({ clause, start: tokens[i].start, end: tokens[i + c.terms.length - 1].end, whole });
    });
  }
  return clauses.every((_, c) => out.some((o) => o.clause === c)) ? out : undefined;
}

const find = (text: string, query: string) => findOccurrences(text, { start: 0, end: text.length }, matcherOf(parseQuery(query)));

describe('findOccurrences', () => {
  it('finds whole words, prefixes and phrases with their offsets in the original text', () => {
    const text = 'The Sécurité council; the security COUNCIL’s report — "security council".';
    const at = (word: string, from = 0) => text.indexOf(word, from);
    expect(find(text, 'security council ')).toEqual([
      { clause: 1, start: at('council'), end: at('council') + 7, whole: true },
      { clause: 0, start: at('security'), end: at('security') + 8, whole: true },
      { clause: 1, start: at('COUNCIL'), end: at('COUNCIL') + 7, whole: true },
      { clause: 0, start: at('security', 30), end: at('security', 30) + 8, whole: true },
      { clause: 1, start: at('council', 30), end: at('council', 30) + 7, whole: true },
    ]);
    expect(find(text, '"security council"')?.map((o) => text.slice(o.start, o.end))).toEqual([
      'security COUNCIL',
      'security council',
    ]);
    expect(find(text, 'securit')?.map((o) => [text.slice(o.start, o.end), o.whole])).toEqual([
      ['Sécurité', false],
      ['security', false],
      ['security', false],
    ]);
    expect(find(text, 'council report')).toBeDefined();
    expect(find(text, 'council reports ')).toBeUndefined();
  });

  it('lets phrases overlap themselves', () => {
    expect(find('the the the', '"the the"')?.map((o) => o.start)).toEqual([0, 4]);
  });

  it('agrees with the plain definition on any text and query', () => {
    const word = fc.constantFrom('the', 'The', 'them', 'a', 'cat', 'café', 'Café', 'CAFE', 'İstanbul', 'istanbul', '½', '12', 'الأمن', 'أمن', '𝔸lpha', 'alpha', 'e\u0301te\u0301', 'été');
    const gap = fc.constantFrom(' ', ', ', '’', '-', '\n', ' — ', '.', '');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    const query = fc
      .array(fc.tuple(fc.constantFrom('the', 'cafe', 'caf', 'istanbul', 'a', '1', '2', 'امن', 'al', 'ete', 'them'), fc.constantFrom(' ', '')), {
        minLength: 1,
        maxLength: 4,
      })
      .chain((words) => fc.boolean().map((quoted) => {
        const body = words.map(([w, g]) => w + g).join(' ').replace(/\s+/g, ' ');
        return quoted ? `"${body.trim()}"` : body;
      }));
    fc.assert(
      fc.property(text, query, (t, q) => {
        const clauses = parseQuery(q);
        if (!clauses.length) return;
        expect(findOccurrences(t, { start: 0, end: t.length }, matcherOf(clauses))).toEqual(oracle(t, clauses));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads only the span it is given', () => {
    const text = 'alpha beta gamma beta';
    expect(findOccurrences(text, { start: 6, end: 16 }, matcherOf(parseQuery('beta ')))).toEqual([
      { clause: 0, start: 6, end: 10, whole: true },
    ]);
  });
});

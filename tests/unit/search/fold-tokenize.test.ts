import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src-renderer/lib/search/fold';
import { encode, termsOf, tokenize } from '../../../src-renderer/lib/search/tokenize';
import { library } from './library';

describe('fold', () => {
  it('folds case and accents, so French words match with or without them', () => {
    expect(fold('Sécurité')).toBe('securite');
    expect(fold('securite')).toBe('securite');
    expect(fold('ÉTAT')).toBe('etat');
    expect(fold('préoccupation')).toBe('preoccupation');
    expect(fold('Barkhane')).toBe('barkhane');
  });

  it('folds composed and decomposed accents alike', () => {
    expect(fold('e\u0301le\u0300ve')).toBe(fold('élève'));
  });

  it('spells out ligatures and special letters', () => {
    expect(fold('cœur')).toBe('coeur');
    expect(fold('Æther')).toBe('aether');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('ﬁnal')).toBe('final');
    expect(fold('İstanbul')).toBe('istanbul');
  });

  it('drops Arabic vowel marks and hamza seats, merges letter variants and removes the article', () => {
    expect(fold('الأَمْنَ')).toBe('امن');
    expect(fold('الأمن')).toBe('امن');
    expect(fold('أمن')).toBe('امن');
    expect(fold('للأمن')).toBe('امن');
    expect(fold('والاستقرار')).toBe('استقرار');
    expect(fold('منطقة')).toBe('منطقه');
    expect(fold('مصطفى')).toBe('مصطفي');
    expect(fold('ســلام')).toBe('سلام');
  });

  it('keeps a short word that only looks like it starts with the article', () => {
    expect(fold('الى')).toBe('الي');
  });

  it('is idempotent, since the index folds completions it stored already', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => {
        for (const term of encode(s)) expect(fold(term)).toBe(term);
      }),
      { numRuns: 5000 },
    );
    for (const doc of library) for (const term of encode(doc.text)) expect(fold(term)).toBe(term);
  });
});

describe('tokenize', () => {
  it('gives each term with the offsets of its word in the original text', () => {
    const text = 'L’État, c’est « la sécurité » — U.S.-led 2025!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['l', 'etat', 'c', 'est', 'la', 'securite', 'u', 's', 'led', '2025']);
    for (const t of tokens) expect(fold(text.slice(t.start, t.end))).toBe(t.term);
  });

  it('keeps combining marks inside their word and reads letters outside the BMP', () => {
    const text = 'नमस्ते 𝔸lpha كتب';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['नमस्ते', '𝔸lpha', 'كتب']);
  });

  it('splits a word whose compatibility form holds separators', () => {
    expect(termsOf('½')).toEqual(['1', '2']);
  });

  it('agrees with encode on every sample text, offsets included', () => {
    for (const doc of library) {
      const tokens = tokenize(doc.text);
      expect(tokens.map((t) => t.term)).toEqual(encode(doc.text));
      for (const t of tokens) expect(termsOf(doc.text.slice(t.start, t.end))).toContain(t.term);
    }
  });

  it('reads only inside the range it is given', () => {
    const text = 'alpha beta gamma';
    expect(encode(text, 6, 10)).toEqual(['beta']);
    expect(tokenize(text, 6, 10)).toEqual([{ term: 'beta', start: 6, end: 10 }]);
  });
});

import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { normalise, normaliseFragment } from '../../../src-renderer/lib/anchoring/normalise';

/**
 * A deliberately naive statement of the folding rules, one character at a time, to check
 * the fast implementation against: [copy, original start, original end] per copy unit.
 */
function reference(s: string): { text: string; starts: number[]; ends: number[] } {
  const WS = /[\s\x00-\x1f\u0085]/;
  const IGNORED = /[\u00ad\u200b\u2060\ufeff]/;
  const PLAIN: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '«': '"', '»': '"', '—': '-', '–': '-', '−': '-' };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (piece: string, start: number, end: number) => {
    text += piece;
    for (let k = 0; k < piece.length; k++) starts.push(start), ends.push(end);
  };
  for (let i = 0; i < s.length; ) {
    let q = i;
    while (q < s.length && IGNORED.test(s[q])) q++;
    if (q < s.length && WS.test(s[q])) {
      let e = q;
      while (e < s.length && (WS.test(s[e]) || IGNORED.test(s[e]))) e++;
      add(' ', i, e);
      i = e;
    } else if (IGNORED.test(s[i])) i++;
    else if (PLAIN[s[i]]) add(PLAIN[s[i]], i, i + 1), i++;
    else {
      let e = i + String.fromCodePoint(s.codePointAt(i)!).length;
      while (e < s.length && /\p{M}/u.test(String.fromCodePoint(s.codePointAt(e)!))) e += String.fromCodePoint(s.codePointAt(e)!).length;
      add(s.slice(i, e).normalize('NFKC'), i, e);
      i = e;
    }
  }
  return { text, starts, ends };
}

const PIECES = ['a', 'b', 'x', '.', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', 'é', 'e\u0301', '\u0301', '’', '“', '”', '—', '–', '«', '\u00ad', '\u200b', '😀', '𝑥', '𝔸', 'ﬁ', '…', 'ع', 'َ', 'ﻻ'];

group('the matching copy', () => {
  it('folds spacing, quotes, dashes, invisible characters and compatibility forms', () => {
    expect(normaliseFragment('  “Café” — e\u0301te\u0301\u00a0ﬁne\u00ad…\n\n𝑥 ﻻ')).toBe(' "Café" - été fine... x لا');
    expect(normaliseFragment('L’été « chaud »')).toBe('L\'été " chaud "');
  });

  it('maps every copy unit back into the original text', () => {
    const text = 'a  b\n\u00ad c’d e\u0301 ﬁ';
    const n = normalise(text);
    expect(n.text).toBe("a b c'd é fi");
    expect(n.toOriginal(0, 3)).toEqual({ start: 0, end: 4 }); // "a b" ← "a  b"
    expect(n.toOriginal(2, 7)).toEqual({ start: 3, end: 10 }); // "b c'd" ← "b\n\u00ad c’d"
    expect(n.toOriginal(8, 9)).toEqual({ start: 11, end: 13 }); // "é" ← "e\u0301"
    expect(n.toOriginal(10, 11)).toEqual({ start: 14, end: 15 }); // "f" ← "ﬁ": both halves map to the ligature
    expect(n.toOriginal(11, 12)).toEqual({ start: 14, end: 15 });
    expect(n.fromOriginal(4)).toBe(3); // the run "\n\u00ad " is the space at 3
    expect(n.fromOriginal(5)).toBe(4); // inside the run: the next unit
    expect(n.fromOriginal(text.length)).toBe(n.text.length);
  });

  it('leaves an ASCII text as it is, with offsets unchanged', () => {
    const text = 'Plain text, single spaces.';
    const n = normalise(text);
    expect(n.text).toBe(text);
    expect(n.toOriginal(6, 10)).toEqual({ start: 6, end: 10 });
    expect(n.fromOriginal(7)).toBe(7);
  });

  it('agrees with the naive definition on any mix of tricky characters (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const expected = reference(text);
        const n = normalise(text);
        expect(n.text).toBe(expected.text);
        expect(normaliseFragment(text)).toBe(expected.text);
        let previous = 0;
        for (let u = 0; u < n.text.length; u++) {
          const { start, end } = n.toOriginal(u, u + 1);
          // Unchanged clusters map unit by unit, so the span may be narrower than the cluster's.
          expect(start).toBeGreaterThanOrEqual(expected.starts[u]);
          expect(end).toBeLessThanOrEqual(expected.ends[u]);
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(n.fromOriginal(start)).toBeLessThanOrEqual(u);
          previous = start;
        }
      }),
      { numRuns: 3000 },
    );
  });
});

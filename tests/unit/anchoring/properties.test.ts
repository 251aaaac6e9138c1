import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchor, describe } from '../../../src-renderer/lib/anchoring';

const WORDS = ['the', 'report', 'Sahel', 'évidence', 'coalition', 'Niger', 'said', 'that', 'and', 'of', 'a', 'in', 'فى', 'الساحل', 'Ελλάδα', '東京'];
const MARKS = ['.', ',', '—', '“', '”', '’', '😀', '𝑥', '𝔸', '👩‍🔬', 'e\u0301', '\n', '  '];

/** English-like text with typography, non-BMP characters and other scripts. */
const textArb = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...MARKS) }), { minLength: 30, maxLength: 200 })
  .map((parts) => parts.join(' '));

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A selection a reader could make: on grapheme boundaries, not starting or ending with a space. */
function spanIn(text: string, a: number, b: number): { start: number; end: number } | undefined {
  const bounds = [...segmenter.segment(text)].map((s) => s.index).concat(text.length);
  let start = bounds[a % bounds.length];
  let end = bounds[b % bounds.length];
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

group('anchor properties', () => {
  it('describe → anchor on an unchanged text gives back the same span, with or without the position', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const span = spanIn(text, a, b);
        if (!span) return;
        const { position, quote } = describe(text, span.start, span.end);
        expect(anchor(text, { quote, position })).toEqual({ ...span, score: 1, method: 'position' });
        const r = anchor(text, { quote });
        expect(r.orphan).toBeFalsy();
        if (r.orphan) return;
        expect(text.slice(r.start, r.end)).toBe(quote.exact);
        if (occurrences(text, quote.prefix + quote.exact + quote.suffix) === 1) expect(r).toMatchObject(span);
      }),
      { numRuns: 400 },
    );
  });

  it('after an edit elsewhere, anchor returns the span shifted by the edit', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.nat(), fc.nat({ max: 40 }), textArb, (text, a, b, at, cut, insert) => {
        const span = spanIn(text, a, b);
        if (!span) return;
        const target = describe(text, span.start, span.end);
        // An edit at least 40 units away from the quote and its context.
        const before = span.start - 72;
        const after = text.length - span.end - 72;
        if (before <= 0 && after <= 0) return;
        const editBefore = after <= 0 || (before > 0 && at % 2 === 0);
        const from = editBefore ? at % before : span.end + 72 + (at % after);
        const to = Math.min(from + cut, editBefore ? span.start - 40 : text.length);
        const edited = text.slice(0, from) + insert.slice(0, 60) + text.slice(to);
        const shift = editBefore ? insert.slice(0, 60).length - (to - from) : 0;
        const r = anchor(edited, { quote: target.quote, position: target.position });
        expect(r).toMatchObject({ start: span.start + shift, end: span.end + shift, score: 1 });
      }),
      { numRuns: 400 },
    );
  });
});

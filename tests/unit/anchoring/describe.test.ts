import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe } from '../../../src-renderer/lib/anchoring';

const NATO = readFileSync(new URL('../../../assets/samples/nato-isis-coalition-africa.txt', import.meta.url), 'utf8');

group('describe', () => {
  it('gives a position selector and a quote selector with 32 units of context each side', () => {
    const start = NATO.indexOf('NATO allies met in Brussels');
    const end = start + 'NATO allies met in Brussels'.length;
    expect(describe(NATO, start, end)).toEqual({
      position: { type: 'TextPositionSelector', start, end },
      quote: {
        type: 'TextQuoteSelector',
        exact: 'NATO allies met in Brussels',
        prefix: NATO.slice(start - CONTEXT_LENGTH, start),
        suffix: NATO.slice(end, end + CONTEXT_LENGTH),
      },
    });
    expect(CONTEXT_LENGTH).toBe(32);
  });

  it('keeps shorter context at the edges of the text', () => {
    expect(describe('Short text.', 0, 5).quote).toEqual({ type: 'TextQuoteSelector', exact: 'Short', prefix: '', suffix: ' text.' });
    expect(describe('Short text.', 6, 11).quote).toMatchObject({ prefix: 'Short ', suffix: '' });
  });

  it('never cuts a surrogate pair at the edge of the context', () => {
    // 31 units + 😀 (2 units) before the quote: 32 units back lands inside the emoji.
    const before = `😀${'a'.repeat(31)}`;
    const after = `${'b'.repeat(31)}😀tail`;
    const text = `${before}QUOTE${after}`;
    const { quote } = describe(text, before.length, before.length + 5);
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
    const whole = `${'a'.repeat(30)}😀QUOTE😀${'b'.repeat(30)}`;
    const q = describe(whole, 32, 37).quote;
    expect(q).toMatchObject({ prefix: `${'a'.repeat(30)}😀`, exact: 'QUOTE', suffix: `😀${'b'.repeat(30)}` });
  });

  it('moves a span boundary that falls inside a surrogate pair outwards', () => {
    const text = 'x 𝔸 y 𝑥 z';
    // 3 is between the halves of 𝔸, 8 between the halves of 𝑥.
    expect(describe(text, 3, 8)).toMatchObject({ position: { start: 2, end: 9 }, quote: { exact: '𝔸 y 𝑥' } });
  });

  it('gives an empty quote for an empty span and rejects spans outside the text', () => {
    expect(describe('abc', 1, 1).quote).toMatchObject({ exact: '', prefix: 'a', suffix: 'bc' });
    expect(() => describe('abc', 2, 1)).toThrow(/span 2–1 is not inside the text \(0–3\)/);
    expect(() => describe('abc', -1, 2)).toThrow(RangeError);
    expect(() => describe('abc', 0, 4)).toThrow(RangeError);
    expect(() => describe('abc', 0.5, 2)).toThrow(RangeError);
  });
});

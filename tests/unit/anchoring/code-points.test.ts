import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { fromCodePoints, offsetConverter, toCodePoints } from '../../../src-renderer/lib/anchoring';

const TEXT = 'Let 𝑥 ∈ 𝔸 😀! 👩‍🔬 works in 🇫🇷, café, 𠀋.';

/** The definition: code points of the text before `o`, with a pair cut in two rounded down. */
function reference(text: string, o: number): number {
  const cut = o > 0 && o < text.length && /[\ud800-\udbff]/.test(text[o - 1]) && /[\udc00-\udfff]/.test(text[o]);
  return [...text.slice(0, cut ? o - 1 : o)].length;
}

group('code point offsets', () => {
  it('convert offsets around characters outside the BMP', () => {
    expect(toCodePoints(TEXT, 4)).toBe(4); // before 𝑥
    expect(toCodePoints(TEXT, 6)).toBe(5); // after 𝑥 (2 units, 1 code point)
    expect(fromCodePoints(TEXT, 5)).toBe(6);
    expect(toCodePoints(TEXT, TEXT.length)).toBe([...TEXT].length);
    expect(fromCodePoints(TEXT, [...TEXT].length)).toBe(TEXT.length);
  });

  it('round-trip every boundary of a non-BMP text, one at a time and in batch', () => {
    const converter = offsetConverter(TEXT);
    expect(converter.codePointLength).toBe([...TEXT].length);
    let cp = 0;
    for (const ch of TEXT) {
      const utf16 = fromCodePoints(TEXT, cp);
      expect(TEXT.codePointAt(utf16)).toBe(ch.codePointAt(0));
      expect(toCodePoints(TEXT, utf16)).toBe(cp);
      expect(converter.fromCodePoints(cp)).toBe(utf16);
      expect(converter.toCodePoints(utf16)).toBe(cp);
      cp++;
    }
  });

  it('round an offset inside a surrogate pair down to the character it cuts', () => {
    const text = 'a😀b';
    const converter = offsetConverter(text);
    expect(toCodePoints(text, 2)).toBe(1);
    expect(converter.toCodePoints(2)).toBe(1);
    expect(converter.fromCodePoints(converter.toCodePoints(2))).toBe(1); // back to the pair's start
  });

  it('count an unpaired surrogate as one code point', () => {
    const text = 'a\ud800b\udc00c';
    expect(toCodePoints(text, text.length)).toBe(5);
    expect(offsetConverter(text).toCodePoints(3)).toBe(3);
    expect(fromCodePoints(text, 4)).toBe(4);
  });

  it('reject offsets outside the text, saying which', () => {
    expect(() => toCodePoints('abc', 4)).toThrow(/UTF-16 offset 4 is outside the text \(0–3\)/);
    expect(() => fromCodePoints('a😀', 3)).toThrow(/Code point offset 3 is outside the text/);
    expect(() => offsetConverter('a😀').fromCodePoints(3)).toThrow(/Code point offset 3 is outside the text \(0–2\)/);
    expect(() => offsetConverter('abc').toCodePoints(-1)).toThrow(RangeError);
    expect(() => offsetConverter('abc').toCodePoints(1.5)).toThrow(RangeError);
  });

  it('agree with the definition on any text and offset (property)', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', ' ', 'é', '\n', '😀', '𝑥', '𝔸', '🇫🇷', '\ud800', '\udc00'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(), (parts, seed) => {
        const text = parts.join('');
        const converter = offsetConverter(text);
        const o = seed % (text.length + 1);
        const cp = reference(text, o);
        expect(toCodePoints(text, o)).toBe(cp);
        expect(converter.toCodePoints(o)).toBe(cp);
        const back = converter.fromCodePoints(cp);
        expect(back).toBe(fromCodePoints(text, cp));
        expect(reference(text, back)).toBe(cp);
        expect(back === o || back === o - 1).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { concatBytes, utf8 as encoded, utf8Joined, Utf8Writer } from '../../../src-renderer/lib/exporters/bytes';
import { zipEntries } from '../../../src-renderer/lib/exporters/zip';
import { attrStart, writeAttr, writeIntAttr, writeText, xmlAttr, xmlText } from '../../../src-renderer/lib/exporters/xml';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('zipEntries', () => {
  it('zips files given in chunks, empty ones too, with the given time', () => {
    const big = 'x'.repeat(200_000) + '𝑥';
    function* lazily() {
      yield utf8(big.slice(0, 100_000));
      yield utf8(big.slice(100_000));
    }
    const zip = zipEntries(
      [
        { name: 'a/one.txt', chunks: lazily() },
        { name: 'a/empty.txt', chunks: [] },
        { name: 'two.txt', chunks: [utf8('é'), utf8('😀')] },
      ],
      '2025-03-01T10:00:00.000Z',
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['a/one.txt', 'a/empty.txt', 'two.txt']);
    expect(new TextDecoder().decode(files['a/one.txt'])).toBe(big);
    expect(files['a/empty.txt']).toHaveLength(0);
    expect(new TextDecoder().decode(files['two.txt'])).toBe('é😀');
    expect(zip.length).toBeLessThan(5000);
    // Same input, same bytes (the time is fixed, not now).
    expect(zipEntries([{ name: 'two.txt', chunks: [utf8('é')] }], '2025-03-01T10:00:00.000Z')).toEqual(
      zipEntries([{ name: 'two.txt', chunks: [utf8('é')] }], '2025-03-01T10:00:00.000Z'),
    );
  });

  it('concatenates chunks', () => {
    expect(concatBytes([utf8('ab'), utf8(''), utf8('c')])).toEqual(utf8('abc'));
  });
});

describe('Utf8Writer', () => {
  const text = 'a😀é€\u{10FFFF}b'.repeat(50) + 'x'.repeat(37);

  it.each([4, 5, 7, 16, 1 << 22])('writes the same bytes as TextEncoder in blocks of %i', (blockBytes) => {
    const w = new Utf8Writer(blockBytes);
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i += 13) w.write(chars.slice(i, i + 13).join(''));
    w.write(text);
    w.write('');
    expect(w.bytes()).toEqual(new TextEncoder().encode(text + text));
  });

  it('hands on only what was written since the last take, never splitting a character', () => {
    const w = new Utf8Writer(6);
    w.write('😀😀é');
    const first = w.take();
    w.write('€z');
    const second = w.take();
    expect(new TextDecoder('utf-8', { fatal: true }).decode(concatBytes(first))).toBe('😀😀é');
    for (const chunk of first) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(chunk)).not.toThrow();
    expect(concatBytes(second)).toEqual(utf8('€z'));
    expect(w.take()).toEqual([]);
    expect(w.bytes()).toEqual(new Uint8Array(0));
  });

  it('joins strings as one array', () => {
    expect(utf8Joined(['\uFEFF', 'é,😀', ''])).toEqual(utf8('\uFEFFé,😀'));
  });
});

describe('Utf8Writer with bytes made once, numbers and escaped values', () => {
  // What XML text can hold and what it cannot: escapes, controls, CR, lone and paired surrogates, U+FFFE.
  const char = fc.constantFrom(...['a', 'Z', ' ', '&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', 'é', '€', '\ud800', '\udfff', '😀', '\ufffe', '\uffff', '\ufffd', '\ue000']);
  const value = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

  it('writes exactly what the string builders write, in any block size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('attr', 'text', 'int', 'raw', 'write'), value, fc.nat(2 ** 40)), { maxLength: 30 }), fc.constantFrom(4, 7, 64, 1 << 22), (steps, blockBytes) => {
        const w = new Utf8Writer(blockBytes);
        let expected = '';
        for (const [kind, s, n] of steps) {
          if (kind === 'attr') {
            writeAttr(w, attrStart('name'), s);
            expected += ` name="${xmlAttr(s)}"`;
          } else if (kind === 'text') {
            writeText(w, s);
            expected += xmlText(s);
          } else if (kind === 'int') {
            writeIntAttr(w, attrStart('at'), n);
            expected += ` at="${n}"`;
          } else if (kind === 'raw') {
            w.raw(encoded('<a/>'));
            expected += '<a/>';
          } else {
            w.write(s);
            expected += s;
          }
        }
        expect(w.bytes()).toEqual(utf8(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('writes numbers in decimal, and a value too long to encode in one pass through the string path', () => {
    const w = new Utf8Writer(8);
    for (const n of [0, 7, 10, 99, 100, 123456789, Number.MAX_SAFE_INTEGER, -3, 1.5]) w.int(n);
    const long = 'é&'.repeat(40_000);
    writeText(w, long);
    const written = new TextDecoder().decode(w.bytes());
    const numbers = '0710991001234567899007199254740991-31.5';
    expect(written.slice(0, numbers.length)).toBe(numbers);
    // Compared as a boolean: a failure would otherwise print 200,000 characters.
    expect(written.slice(numbers.length) === xmlText(long)).toBe(true);
  });

  it('hands on finished blocks whole, each from its start, and the rest at the last take', () => {
    const w = new Utf8Writer(8);
    w.raw(encoded('abcdef'));
    expect(w.takeBlocks()).toEqual([]);
    w.raw(encoded('ghijkl'));
    const blocks = w.takeBlocks();
    w.write('mn');
    const rest = w.take();
    const described = (chunks: Uint8Array[]) => chunks.map((b) => [new TextDecoder().decode(b), b.byteOffset]);
    expect(described(blocks)).toEqual([['abcdef', 0]]);
    expect(described(rest)).toEqual([
      ['ghijkl', 0],
      ['mn', 0],
    ]);
    // No two chunks share a buffer: each may be given away.
    expect(new Set([...blocks, ...rest].map((b) => b.buffer)).size).toBe(3);
  });

  it('fills bytes in place, or nothing when the maker declines', () => {
    const w = new Utf8Writer(4);
    w.write('ab');
    expect(w.fill(3, (b, at) => ((b[at] = 120), (b[at + 1] = 121), (b[at + 2] = 122), true))).toBe(true);
    expect(w.fill(5, () => false)).toBe(false);
    w.raw(encoded('!'));
    expect(new TextDecoder().decode(w.bytes())).toBe('abxyz!');
  });
});

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { concatBytes, utf8Joined, Utf8Writer } from '../../../src-renderer/lib/exporters/bytes';
import { zipEntries } from '../../../src-renderer/lib/exporters/zip';

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

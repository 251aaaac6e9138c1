import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { concatBytes, utf8, zipEntries } from '../../../src-renderer/lib/exporters/bytes';

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

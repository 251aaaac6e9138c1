import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1 } from '../../../src-renderer/lib/exporters/sha1';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const reference = (b: Uint8Array) => createHash('sha1').update(b).digest('hex');

describe('sha1', () => {
  it('gives the FIPS 180 example digests', () => {
    expect(hex(sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('agrees with Node’s SHA-1 at every length up to 300 bytes (every padding case)', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n * 7) & 0xff);
      expect(hex(sha1(bytes)), `length ${n}`).toBe(reference(bytes));
    }
  });

  it('agrees with Node’s SHA-1 on random inputs, views into larger buffers included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(16), (bytes, offset) => {
        const padded = new Uint8Array(offset + bytes.length + 5).fill(0xaa);
        padded.set(bytes, offset);
        const view = padded.subarray(offset, offset + bytes.length);
        expect(hex(sha1(view))).toBe(reference(bytes));
      }),
      { numRuns: 300 },
    );
  });
});

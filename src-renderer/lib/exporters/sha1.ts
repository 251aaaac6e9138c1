/**
 * SHA-1 (FIPS 180-4) of short inputs, synchronously, for name-based GUIDs (guids.ts) — not
 * for security. An export hashes the name of every link (33,000 in the benchmark's
 * library); a general-purpose hasher object per call (noble's, before this) took five
 * times longer there than these few dozen lines working in one preallocated array.
 * Checked against Node's and the browser's SHA-1 on every input length up to 300 bytes.
 */

const W = new Int32Array(80);

/** The 20-byte digest of `bytes`. */
export function sha1(bytes: Uint8Array): Uint8Array {
  const len = bytes.length;
  // The message, a 0x80 byte and its length in bits (8 bytes) fill whole 64-byte blocks.
  const blocks = ((len + 8) >> 6) + 1;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  for (let block = 0; block < blocks; block++) {
    const base = block * 64;
    for (let i = 0; i < 16; i++) {
      const at = base + i * 4;
      if (at + 3 < len) {
        W[i] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
        continue;
      }
      let w = 0;
      for (let k = 0; k < 4; k++) w = (w << 8) | (at + k < len ? bytes[at + k] : at + k === len ? 0x80 : 0);
      W[i] = w;
    }
    if (block === blocks - 1) {
      W[14] = len >>> 29;
      W[15] = len << 3;
    }
    for (let i = 16; i < 80; i++) {
      const x = W[i - 3] ^ W[i - 8] ^ W[i - 14] ^ W[i - 16];
      W[i] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      // The round function plus its constant (0x8f1bbcdc and 0xca62c1d6 as signed 32-bit).
      const f =
        i < 20 ? ((b & c) | (~b & d)) + 0x5a827999 : i < 40 ? (b ^ c ^ d) + 0x6ed9eba1 : i < 60 ? ((b & c) | (b & d) | (c & d)) - 0x70e44324 : (b ^ c ^ d) - 0x359d3e2a;
      const t = (((a << 5) | (a >>> 27)) + f + e + W[i]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  const view = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => view.setInt32(i * 4, h));
  return out;
}

/**
 * Bytes out in pieces: large exports are written as a list of encoded chunks, never as one
 * giant string (zip.ts zips them from those chunks as they come).
 */

const encoder = new TextEncoder();

/** A constant piece of output (markup, a JSON key) encoded once, for Utf8Writer.raw. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** The quote that ends an XML attribute value or a JSON string. */
export const QUOTE = utf8('"');

// Large blocks filled with encodeInto: in Chromium, encoding into a buffer already there is
// about four times faster than `encode`, which allocates and copies per string.
const BLOCK_BYTES = 4 << 20;
const PENDING_CHARS = 64 * 1024;

/**
 * UTF-8 output written into large blocks, handed on as chunks: what the exporters write tens
 * of megabytes with. Strings (`write`), and for an exporter that writes a hundred thousand
 * small elements of one shape, their fixed parts as bytes made once (`raw`), numbers digit
 * by digit (`int`) and values encoded and escaped in one pass (`escaped`): building,
 * joining and collecting a string per element was most of such an export's time.
 */
export class Utf8Writer {
  private full: Uint8Array[] = [];
  private block = new Uint8Array(0);
  private at = 0;
  private from = 0;
  // Short strings wait and are encoded joined: encodeInto costs as much per call as per
  // kilobyte, and an export writes hundreds of thousands of short pieces.
  private pending: string[] = [];
  private pendingLength = 0;

  /** `blockBytes`: the size of a block (more when a long string asks for it). */
  constructor(private readonly blockBytes = BLOCK_BYTES) {}

  write(s: string): void {
    if (s.length >= PENDING_CHARS) {
      this.flush();
      this.encode(s);
      return;
    }
    this.pending.push(s);
    this.pendingLength += s.length;
    if (this.pendingLength >= PENDING_CHARS) this.flush();
  }

  /** Bytes as they are: a constant piece of output encoded once. */
  raw(bytes: Uint8Array): void {
    if (this.pendingLength) this.flush();
    const n = bytes.length;
    this.room(n);
    // A loop copies a few bytes several times faster than set, which exporters call a million times.
    if (n > 64) this.block.set(bytes, this.at);
    else for (let i = 0, b = this.block, at = this.at; i < n; i++) b[at + i] = bytes[i];
    this.at += n;
  }

  /** A whole number in decimal digits. */
  int(n: number): void {
    if (!(Number.isSafeInteger(n) && n >= 0)) return this.write(String(n));
    if (this.pendingLength) this.flush();
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    this.room(digits);
    let at = (this.at += digits);
    do {
      this.block[--at] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** `n` bytes made in place by `make(block, at)` (a GUID's digits); nothing when it returns false. */
  fill(n: number, make: (block: Uint8Array, at: number) => boolean): boolean {
    if (this.pendingLength) this.flush();
    this.room(n);
    if (!make(this.block, this.at)) return false;
    this.at += n;
    return true;
  }

  /**
   * The UTF-8 of `escape(s)`, where `escape` leaves alone every character outside the
   * surrogates and U+FFFE/U+FFFF whose code is over 127 or marked in `plain`: such
   * characters are encoded here as they come, and `escape` is called only on the rest of a
   * string that has another (most have none).
   */
  escaped(s: string, plain: Uint8Array, escape: (s: string) => string): void {
    const n = s.length;
    if (n > PENDING_CHARS) return this.write(escape(s));
    if (this.pendingLength) this.flush();
    this.room(n * 3);
    const b = this.block;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80 && plain[c]) {
        b[at++] = c;
      } else if (c >= 0x80 && c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 63);
      } else if (c >= 0x800 && (c < 0xd800 || (c >= 0xe000 && c < 0xfffe))) {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 63);
        b[at++] = 0x80 | (c & 63);
      } else {
        this.at = at;
        return this.write(escape(s.slice(i)));
      }
    }
    this.at = at;
  }

  private flush(): void {
    if (!this.pending.length) return;
    const joined = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    this.encode(joined);
  }

  private encode(s: string): void {
    let rest = s;
    while (rest.length) {
      // At least 4 free bytes, so that every character (at most 4 bytes) fits in a fresh block.
      if (this.block.length - this.at < 4) this.nextBlock(this.blockFor(rest.length));
      const { read, written } = encoder.encodeInto(rest, this.block.subarray(this.at));
      this.at += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.nextBlock(this.blockFor(rest.length));
    }
  }

  /** The bytes written since the last call, as chunks (views of the blocks, never reused). */
  take(): Uint8Array[] {
    this.flush();
    if (this.at > this.from) this.full.push(this.block.subarray(this.from, this.at));
    this.from = this.at;
    const out = this.full;
    this.full = [];
    return out;
  }

  /**
   * The blocks finished since the last call, each whole: the writer never writes into them
   * again. A writer read only this way (and by one take at the end) hands on every chunk as
   * the only view of its buffer, which a zip may give a worker without a copy.
   */
  takeBlocks(): Uint8Array[] {
    const out = this.full;
    this.full = [];
    return out;
  }

  /** Everything written since the last take, in one array. */
  bytes(): Uint8Array {
    return concatBytes(this.take());
  }

  /** At least `bytes` free bytes in the block. */
  private room(bytes: number): void {
    if (this.block.length - this.at < bytes) this.nextBlock(bytes);
  }

  // Three bytes per UTF-16 unit is the most a string can need; a huge one goes in several blocks.
  private blockFor(chars: number): number {
    return Math.min(chars * 3, 8 * this.blockBytes);
  }

  private nextBlock(bytes: number): void {
    if (this.at > this.from) this.full.push(this.block.subarray(this.from, this.at));
    this.block = new Uint8Array(Math.max(this.blockBytes, bytes));
    this.at = this.from = 0;
  }
}

/** The strings' UTF-8, one after another, in one array. */
export function utf8Joined(strings: Iterable<string>): Uint8Array {
  const w = new Utf8Writer();
  for (const s of strings) w.write(s);
  return w.bytes();
}

/** The chunks in one array of its own (never a view into another buffer): one that may be transferred. */
export function ownBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  return chunks.length === 1 ? chunks[0].slice() : (concatBytes(chunks) as Uint8Array<ArrayBuffer>);
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  if (chunks.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Bytes out in pieces: large exports are written as a list of encoded chunks, never as one
 * giant string (zip.ts zips them from those chunks as they come).
 */

const encoder = new TextEncoder();

// Large blocks filled with encodeInto: in Chromium, encoding into a buffer already there is
// about four times faster than `encode`, which allocates and copies per string.
const BLOCK_BYTES = 4 << 20;
const PENDING_CHARS = 64 * 1024;

/**
 * UTF-8 output written string by string into large blocks, handed on as chunks: what the
 * exporters write tens of megabytes with.
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
      if (this.block.length - this.at < 4) this.nextBlock(rest.length);
      const { read, written } = encoder.encodeInto(rest, this.block.subarray(this.at));
      this.at += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.nextBlock(rest.length);
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

  /** Everything written since the last take, in one array. */
  bytes(): Uint8Array {
    return concatBytes(this.take());
  }

  private nextBlock(needed: number): void {
    if (this.at > this.from) this.full.push(this.block.subarray(this.from, this.at));
    // Three bytes per UTF-16 unit is the most a string can need.
    this.block = new Uint8Array(Math.max(this.blockBytes, Math.min(needed * 3, 8 * this.blockBytes)));
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

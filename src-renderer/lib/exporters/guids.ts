/**
 * Name-based UUIDs (RFC 9562 version 5) for things the model gives no UUID of their own:
 * documents (SHA-256 ids), labels, authors, links, pages. The same thing gets the same
 * GUID in every export, so a QDA tool or a triple store sees one code, one user, one link
 * across repeated exports instead of a new copy each time.
 */
import { sha1 } from './sha1';

// Fixed for ever: changing it would give every exported thing a new identity.
const CLOSE_READER_NAMESPACE = 'bd6c84ba-dc85-497a-b235-706b0cef7139';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return UUID.test(s);
}

const HEX = '0123456789abcdef';
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => HEX[i >> 4] + HEX[i & 15]);
// Hex digit values by character code (upper and lower case), -1 for anything else.
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) NIBBLE[HEX.charCodeAt(i)] = NIBBLE[HEX.toUpperCase().charCodeAt(i)] = i;

function bytesOfUuid(uuid: string): Uint8Array {
  const hex = uuid.replaceAll('-', '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}

function uuidOfBytes(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + BYTE_HEX[b[i]];
  return s;
}

const NAMESPACE_BYTES = bytesOfUuid(CLOSE_READER_NAMESPACE);
const encoder = new TextEncoder();
// The namespace and the name, reused from call to call (grown when a name needs more).
let scratch = new Uint8Array(1024);
scratch.set(NAMESPACE_BYTES);

/**
 * A GUID for `kind` (e.g. "label", "user") named by `parts`; NUL-joined so parts cannot run
 * together. RFC 9562 version 5 (SHA-1 of the namespace and the UTF-8 name), as the `uuid`
 * package's v5 computes it (tests pin values it gave); every link of a 100,000-annotation
 * export needs one, hence sha1.ts.
 */
export function nameGuid(kind: string, ...parts: string[]): string {
  const name = [kind, ...parts].join('\u0000');
  if (scratch.length < 16 + name.length * 3) {
    scratch = new Uint8Array(16 + name.length * 3);
    scratch.set(NAMESPACE_BYTES);
  }
  const { written } = encoder.encodeInto(name, scratch.subarray(16));
  const hash = sha1(scratch.subarray(0, 16 + written));
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  return uuidOfBytes(hash);
}

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const masks = new Map<string, Int8Array>();
const HEX_CODES = Uint8Array.from(HEX, (c) => c.charCodeAt(0));
const HYPHEN = 45;
const scratch36 = new Uint8Array(36);

/**
 * A GUID for a thing that belongs to one annotation (its coding, its note): the annotation's
 * UUID XORed with a fixed mask per kind, marked version 8 (RFC 9562, custom). For the
 * version 4 UUIDs the app makes this is one-to-one, so no two annotations share one, and
 * it costs no hashing (an export may need hundreds of thousands). Other ids: nameGuid.
 */
export function derivedGuid(kind: string, annotationId: string): string {
  if (!derivedGuidInto(kind, annotationId, scratch36, 0)) return nameGuid(kind, annotationId);
  return String.fromCharCode(...scratch36);
}

/**
 * derivedGuid's 36 characters as ASCII bytes at `out[at]`, for a writer that makes no
 * string of it; false, and nothing written, when the id is not a version 4 UUID.
 */
export function derivedGuidInto(kind: string, annotationId: string, out: Uint8Array, at: number): boolean {
  if (!V4.test(annotationId)) return false;
  let mask = masks.get(kind);
  if (!mask) masks.set(kind, (mask = nibblesOf(nameGuid('mask', kind))));
  // Digit by digit: the 13th becomes the version (8); the 17th keeps its low two bits under
  // the variant's 10. (Those bits are the same in every v4 UUID: setting them loses nothing.)
  for (let i = 0, n = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      out[at + i] = HYPHEN;
      continue;
    }
    const v = NIBBLE[annotationId.charCodeAt(i)] ^ mask[n];
    out[at + i] = HEX_CODES[n === 12 ? 8 : n === 16 ? (v & 3) | 8 : v];
    n++;
  }
  return true;
}

/** A UUID's 32 hex digits as numbers. */
function nibblesOf(uuid: string): Int8Array {
  return Int8Array.from(uuid.replaceAll('-', ''), (c) => NIBBLE[c.charCodeAt(0)]);
}

/** An annotation's own id when it is a UUID (as the app makes them), else one derived from it. */
export function annotationGuid(id: string): string {
  return isUuid(id) ? id.toLowerCase() : nameGuid('annotation', id);
}

/** JSON written straight into a Utf8Writer, exactly as JSON.stringify writes it. */
import type { Utf8Writer } from './bytes';

// The ASCII characters JSON.stringify writes as they are in a string: all but controls, " and \.
const JSON_PLAIN = new Uint8Array(128);
for (let c = 0x20; c < 0x80; c++) JSON_PLAIN[c] = 1;
JSON_PLAIN[0x22] = JSON_PLAIN[0x5c] = 0;

const encoder = new TextEncoder();
const QUOTE = encoder.encode('"');

const escapeJson = (s: string): string => JSON.stringify(s).slice(1, -1);

/** A string as JSON.stringify writes it, quotes included. */
export function writeJsonString(w: Utf8Writer, s: string): void {
  w.raw(QUOTE);
  w.escaped(s, JSON_PLAIN, escapeJson);
  w.raw(QUOTE);
}

/** A piece of JSON text encoded once, to be written many times (Utf8Writer.raw). */
export function jsonPiece(text: string): Uint8Array {
  return encoder.encode(text);
}

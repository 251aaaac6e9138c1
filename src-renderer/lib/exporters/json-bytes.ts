/** JSON written straight into a Utf8Writer, exactly as JSON.stringify writes it. */
import { QUOTE, type Utf8Writer } from './bytes';

// The ASCII characters JSON.stringify writes as they are in a string: all but controls, " and \.
const JSON_PLAIN = new Uint8Array(128);
for (let c = 0x20; c < 0x80; c++) JSON_PLAIN[c] = 1;
JSON_PLAIN[0x22] = JSON_PLAIN[0x5c] = 0;

const escapeJson = (s: string): string => JSON.stringify(s).slice(1, -1);

/** A string as JSON.stringify writes it, quotes included. */
export function writeJsonString(w: Utf8Writer, s: string): void {
  w.raw(QUOTE);
  w.escaped(s, JSON_PLAIN, escapeJson);
  w.raw(QUOTE);
}


/**
 * Building XML 1.0 as text: escaping, and dropping the characters XML 1.0 cannot carry at all
 * (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE and U+FFFF), which not
 * even a character reference may hold. As strings, or written straight into a Utf8Writer.
 */
import { QUOTE, utf8, type Utf8Writer } from './bytes';

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// A raw CR would reach the reader as LF (XML end-of-line handling): keep it as a reference.
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attributes, quotes end the value and tab/LF/CR would be normalised to spaces.
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

// Most values (GUIDs, times, numbers, plain names) need nothing: one test spares two replaces.
// Without the u flag the test is several times faster; it also flags every surrogate, paired
// or not, which the slow path then sorts out.
const NEEDS_WORK = /[&<>"\x00-\x1f\ud800-\udfff\ufffe\uffff]/;

export function xmlText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(NOT_XML_CHAR, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

export function xmlAttr(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(NOT_XML_CHAR, '').replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

/** ` name="value"` for each defined value, in order. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out += ` ${k}="${xmlAttr(String(v))}"`;
  return out;
}

/** An element with text content, or nothing when the text is empty. */
export function textElement(name: string, text: string | undefined): string {
  return text ? `<${name}>${xmlText(text)}</${name}>` : '';
}

// The ASCII characters xmlAttr and xmlText leave as they are (Utf8Writer.escaped).
const ATTR_PLAIN = new Uint8Array(128);
const TEXT_PLAIN = new Uint8Array(128);
for (let c = 0x20; c < 0x80; c++) ATTR_PLAIN[c] = TEXT_PLAIN[c] = 1;
for (const c of '&<>"') ATTR_PLAIN[c.charCodeAt(0)] = 0;
for (const c of '&<>') TEXT_PLAIN[c.charCodeAt(0)] = 0;
// Tab and LF stay as they are in text (CR becomes a reference).
TEXT_PLAIN[9] = TEXT_PLAIN[10] = 1;

/** ` name="`, encoded once, for writeAttr. */
export function attrStart(name: string): Uint8Array {
  return utf8(` ${name}="`);
}

/** Writes ` name="value"` (as attrs does), `start` made by attrStart. */
export function writeAttr(w: Utf8Writer, start: Uint8Array, value: string): void {
  w.raw(start);
  w.escaped(value, ATTR_PLAIN, xmlAttr);
  w.raw(QUOTE);
}

/** Writes ` name="n"` for a whole number. */
export function writeIntAttr(w: Utf8Writer, start: Uint8Array, n: number): void {
  w.raw(start);
  w.int(n);
  w.raw(QUOTE);
}

/** Writes text as element content (as xmlText gives it). */
export function writeText(w: Utf8Writer, text: string): void {
  w.escaped(text, TEXT_PLAIN, xmlText);
}

/**
 * Words of a text with their offsets, and the terms the index stores for them. The index,
 * the query parser and the snippet matcher all go through here, so a word is found in the
 * text exactly when the index found it.
 */
import { fold } from './fold';

/** A term of the text and the original word it comes from (UTF-16 offsets). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;
/** Per BMP unit: 0 not yet known, 1 part of a word, 2 not. */
const bmpClass = new Uint8Array(0x10000);

/** Width in UTF-16 units of the word character at i (outside ASCII), or 0 when there is none. */
function wideWordCharAt(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && WORD_CHAR.test(pair) ? 2 : 0;
  }
  if (bmpClass[c] === 0) bmpClass[c] = WORD_CHAR.test(text[i]) ? 1 : 2;
  return bmpClass[c] === 1 ? 1 : 0;
}

const termCache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/**
 * The terms of one word. Usually one; compatibility forms can fold into several
 * ("½" → "1", "2"), and a word of decorations only folds into none.
 */
export function termsOf(word: string): string[] {
  const hit = termCache.get(word);
  if (hit) return hit;
  const folded = fold(word);
  // Each piece is a word of its own ("ﷺ" spells out a phrase): fold it as one.
  const terms = NOT_WORD.test(folded) ? folded.split(NOT_WORD).map((piece) => piece && fold(piece)) : [folded];
  const out = terms.filter(Boolean);
  if (termCache.size >= CACHE_LIMIT) termCache.clear();
  termCache.set(word, out);
  return out;
}

/** What scanWords reports; offsets are those of the word in the original text. */
export interface WordVisitor {
  /** A word of ASCII letters and digits: its term is lower.slice(at, at + (end - start)). */
  ascii(lower: string, at: number, start: number, end: number): void;
  /** One term of a word that needed folding. */
  folded(term: string, start: number, end: number): void;
}

/**
 * Reports every word of text[from, to), in reading order. ASCII words (most words of
 * most texts) are read from one lower-cased copy and skip folding, so a caller that only
 * compares them never has to cut them out.
 */
export function scanWords(text: string, from: number, to: number, visitor: WordVisitor): void {
  const lower = text.slice(from, to).toLowerCase();
  // Lower-casing keeps offsets except for "İ", which then takes the slow path everywhere.
  const fast = lower.length === to - from;
  let start = -1;
  let ascii = true;
  for (let i = from; i <= to; ) {
    const c = i < to ? text.charCodeAt(i) : 32;
    let width = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
    if (!width && c >= 128) {
      width = wideWordCharAt(text, i, c);
      if (width) ascii = false;
    }
    if (width) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    if (start >= 0) {
      if (fast && ascii) visitor.ascii(lower, start - from, start, i);
      else for (const term of termsOf(text.slice(start, i))) visitor.folded(term, start, i);
      start = -1;
      ascii = true;
    }
    i++;
  }
}

/** Every term of text[from, to) with the offsets of its word, in reading order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  scanWords(text, from, to, {
    ascii: (lower, at, start, end) => out.push({ term: lower.slice(at, at + end - start), start, end }),
    folded: (term, start, end) => out.push({ term, start, end }),
  });
  return out;
}

/** The terms of text[from, to) in reading order, repeats kept: what the index is fed. */
export function encode(text: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  scanWords(text, from, to, {
    ascii: (lower, at, start, end) => out.push(lower.slice(at, at + end - start)),
    folded: (term) => out.push(term),
  });
  return out;
}

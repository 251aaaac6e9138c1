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

/** Width in UTF-16 units of the word character at i, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && WORD_CHAR.test(pair) ? 2 : 0;
  }
  if (bmpClass[c] === 0) bmpClass[c] = WORD_CHAR.test(text[i]) ? 1 : 2;
  return bmpClass[c] === 1 ? 1 : 0;
}

/** Calls `visit` with every word (run of letters, digits and marks) in text[from, to). */
function eachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = from; i < to; ) {
    const width = wordCharAt(text, i);
    if (width) {
      if (start < 0) start = i;
      i += width;
    } else {
      if (start >= 0) visit(start, i);
      start = -1;
      i++;
    }
  }
  if (start >= 0) visit(start, to);
}

/**
 * The terms of one word. Usually one; compatibility forms can fold into several
 * ("½" → "1", "2"), and a word of decorations only folds into none.
 */
export function termsOf(word: string): string[] {
  const folded = fold(word);
  if (!folded) return [];
  if (!NOT_WORD.test(folded)) return [folded];
  // Each piece is a word of its own ("ﷺ" spells out a phrase): fold it as one.
  return folded
    .split(NOT_WORD)
    .map((piece) => piece && fold(piece))
    .filter(Boolean);
}

/** Every term of text[from, to) with the offsets of its word, in reading order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  eachWord(text, from, to, (start, end) => {
    for (const term of termsOf(text.slice(start, end))) out.push({ term, start, end });
  });
  return out;
}

/** The terms of text[from, to) in reading order, repeats kept: what the index is fed. */
export function encode(text: string, from = 0, to = text.length): string[] {
  const out: string[] = [];
  eachWord(text, from, to, (start, end) => {
    for (const term of termsOf(text.slice(start, end))) out.push(term);
  });
  return out;
}

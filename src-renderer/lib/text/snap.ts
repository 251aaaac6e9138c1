/**
 * Selections made by dragging often start or end inside a word or on a space.
 * A span is widened to whole words and trimmed of surrounding white space, so that
 * "…security fail|ures" becomes "…security failures".
 */
const WORD = /[\p{L}\p{N}\p{M}'’\-]/u;

function isWord(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD.test(text[i]);
}

export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (s >= e) return { start, end };
  // Only widen when the boundary cuts through a word, never across a line break.
  while (s > 0 && isWord(text, s - 1) && isWord(text, s)) s--;
  while (e < text.length && isWord(text, e) && isWord(text, e - 1)) e++;
  return { start: s, end: e };
}

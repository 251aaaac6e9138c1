/**
 * Folding of one word into the form the index stores and queries compare: lower case,
 * accents and Arabic/Hebrew vowel marks dropped, letter variants merged, the Arabic
 * article removed. Folding is idempotent (fold(fold(w)) === fold(w)), because the index
 * re-encodes already folded terms when it expands a prefix.
 */

/**
 * Combining marks that only decorate a letter: Latin diacritics (the NFKD remains of é, ç,
 * ñ…), Arabic harakat, hamza above/below, superscript alef and Quranic marks, Hebrew
 * points. Marks that change the letter itself (Devanagari vowel signs…) are kept.
 */
const DECORATIONS =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;

/** Letters that NFKD leaves alone but readers treat as the same letter. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  // Arabic: alef wasla, alef maqsura, ta marbuta; Persian yeh and keheh.
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ی': 'ي',
  'ک': 'ك',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * The Arabic definite article, alone or after a one-letter conjunction or preposition
 * (و ف ب ك ل): "الأمن", "والأمن", "للأمن" all fold to "امن". Without this a search for a
 * word misses its most frequent written form.
 */
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=[\u0621-\u064a]{2})/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function isAsciiAlnum(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/** The folded form of a word (a run of letters, digits and marks). */
export function fold(word: string): string {
  if (isAsciiAlnum(word)) return word.toLowerCase();
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  // Decompose before lower-casing: compatibility forms ("𝔸", "Ⅻ") only become letters
  // with a case once decomposed, and "İ" becomes "I" + a dot that is then dropped.
  let out = word.normalize('NFKD').toLowerCase().replace(DECORATIONS, '');
  out = out.replace(LETTER_RE, (c) => LETTERS[c]).normalize('NFC');
  // Repeat to a fixed point so that folding a folded word changes nothing.
  for (let next = out.replace(ARTICLE, ''); next !== out; next = out.replace(ARTICLE, '')) out = next;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * A matching copy of a text in which typographic variants compare equal, with a map back
 * to the original offsets. Quotes are looked up in this copy and every result is mapped
 * back, so callers only ever see offsets into the original text.
 *
 * What is folded, and why:
 * - any run of whitespace (spaces, tabs, line breaks, no-break and thin spaces) → one space:
 *   re-imports and other tools wrap and space text differently;
 * - curly and low quotes, primes, guillemets → ' or "; every dash and the minus sign → -:
 *   tools and keyboards disagree on typography;
 * - soft hyphens, zero-width spaces, word joiners and byte order marks → nothing: PDF and
 *   web extraction leave them in;
 * - everything else → Unicode NFKC, one base character with its combining marks at a time:
 *   composed vs decomposed accents, ligatures (ﬁ), presentation forms and full-width
 *   letters from PDFs, … → their plain form.
 * Letter case is kept: it carries meaning and a case change is cheap as a fuzzy error.
 */
import { splitsPair } from './surrogates';

export interface NormalisedText {
  /** The matching copy. */
  readonly text: string;
  /** Original span of matching-copy units [start, end). */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** First matching-copy offset whose unit comes from at or after original offset `offset`. */
  fromOriginal(offset: number): number;
}

const PUNCTUATION = new Map<number, string>([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x02bc, 0x2039, 0x203a].map((c) => [c, "'"] as const),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x00ab, 0x00bb].map((c) => [c, '"'] as const),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d].map((c) => [c, '-'] as const),
]);

const IGNORED = new Set([0x00ad, 0x200b, 0x2060, 0xfeff]);

function isWhitespace(c: number): boolean {
  if (c <= 0x20) return true; // space, tabs, line breaks and other C0 controls
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

const COMBINING = /\p{M}/u;
/** Per BMP unit: 0 not yet known, 1 a combining mark, 2 not one. */
const markCache = new Uint8Array(0x10000);

function isMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!(c >= 0x300)) return false; // also NaN past the end
  if (c >= 0xd800 && c <= 0xdfff) return COMBINING.test(text.slice(i, i + 2)); // rare astral marks
  if (markCache[c] === 0) markCache[c] = COMBINING.test(text[i]) ? 1 : 2;
  return markCache[c] === 1;
}

/**
 * Where most of the text is printable ASCII, it is copied in slices between "special"
 * places: a unit outside printable ASCII, or two spaces. A special place may reach one
 * unit back: a space that starts a whitespace run, an ASCII letter that a combining
 * diacritic follows (a decomposed accent). The map is a list of segments, one per stretch
 * copied 1:1 and one per folded run or cluster, so an unchanged text has a single segment.
 */
const SPECIAL = /[^\x20-\x7e]|  /g;

/** Segment k: matching-copy units [n, n + nLen) come from original units [o, o + oLen). */
class Segments {
  readonly n: number[] = [];
  readonly o: number[] = [];
  readonly nLen: number[] = [];
  readonly oLen: number[] = [];
  /** True when unit i of the segment comes from original unit i (a 1:1 stretch). */
  readonly oneToOne: boolean[] = [];
  length = 0;

  add(n: number, o: number, nLen: number, oLen: number, oneToOne: boolean): void {
    const k = this.length - 1;
    if (oneToOne && k >= 0 && this.oneToOne[k] && this.n[k] + this.nLen[k] === n && this.o[k] + this.oLen[k] === o) {
      this.nLen[k] += nLen;
      this.oLen[k] += oLen;
      return;
    }
    this.n.push(n);
    this.o.push(o);
    this.nLen.push(nLen);
    this.oLen.push(oLen);
    this.oneToOne.push(oneToOne);
    this.length++;
  }
}

/** Puts `piece` in the copy in place of original units [o, o + oLen). */
type Emit = (piece: string, o: number, oLen: number) => void;

interface Built {
  text: string;
  segments: Segments;
}

function build(text: string): Built {
  const pieces: string[] = [];
  const segments = new Segments();
  let n = 0;
  // Original units [copied, i) are unchanged in the copy and not yet appended.
  let copied = 0;
  const flush = (o: number) => {
    if (o === copied) return;
    pieces.push(text.slice(copied, o));
    segments.add(n, copied, o - copied, o - copied, true);
    n += o - copied;
  };
  const emit: Emit = (piece, o, oLen) => {
    if (piece.length === oLen && text.startsWith(piece, o)) return;
    flush(o);
    if (piece) {
      pieces.push(piece);
      segments.add(n, o, piece.length, oLen, piece.length === 1 && oLen === 1);
      n += piece.length;
    }
    copied = o + oLen;
  };
  const special = new RegExp(SPECIAL);
  let i = 0;
  // SPECIAL's matches end one unit after the unit that needs folding.
  while (i < text.length) {
    special.lastIndex = i;
    if (!special.test(text)) break;
    i = foldAt(text, special.lastIndex - 1, i, emit);
  }
  flush(text.length);
  return { text: pieces.length === 1 ? pieces[0] : pieces.join(''), segments };
}

/**
 * Folds the special place at `i` and returns where copying resumes. Units from `from` on
 * are plain copies, so the fold may start one unit earlier (see SPECIAL).
 */
function foldAt(text: string, i: number, from: number, emit: Emit): number {
  const c = text.charCodeAt(i);
  if (isStable(c)) {
    // A run of letters that fold to themselves (a word in another script): copy it whole,
    // leaving its last letter to the cluster path when a combining mark follows.
    let end = i + 1;
    while (end < text.length && isStable(text.charCodeAt(end))) end++;
    if (isMark(text, end)) end--;
    if (end > i) return end;
  }
  const ignored = IGNORED.has(c);
  let end = i + 1;
  if (ignored) while (end < text.length && IGNORED.has(text.charCodeAt(end))) end++;
  if (isWhitespace(c) || (ignored && isWhitespace(text.charCodeAt(end)))) {
    // One space for the whole run, together with a plain space just before it and any
    // invisible units inside it.
    const start = i > from && text.charCodeAt(i - 1) === 0x20 ? i - 1 : i;
    while (end < text.length && (isWhitespace(text.charCodeAt(end)) || IGNORED.has(text.charCodeAt(end)))) end++;
    emit(' ', start, end - start);
    return end;
  }
  if (ignored) {
    emit('', i, end - i);
    return end;
  }
  const plain = PUNCTUATION.get(c);
  if (plain !== undefined) {
    emit(plain, i, 1);
    return i + 1;
  }
  // A base character with the combining marks that follow it; when the special place is
  // a mark, its base is the plain ASCII unit before it.
  if (i > from && text.charCodeAt(i - 1) > 0x20 && isMark(text, i)) i--;
  end = i + (splitsPair(text, i + 1) ? 2 : 1);
  while (end < text.length && isMark(text, end)) end += splitsPair(text, end + 1) ? 2 : 1;
  const cluster = text.slice(i, end);
  emit(cluster.length === 1 ? foldUnit(cluster) : cluster.normalize('NFKC'), i, end - i);
  return end;
}

/** NFKC of single BMP units, cached: most non-ASCII text repeats a small alphabet. */
const unitCache = new Map<number, string>();

function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  let folded = unitCache.get(code);
  if (folded === undefined) {
    folded = unit.normalize('NFKC');
    unitCache.set(code, folded);
  }
  return folded;
}

/** Per BMP unit: 0 not yet known, 1 copied as it is, 2 folded, dropped or a mark. */
const stableCache = new Uint8Array(0x10000);

function isStable(c: number): boolean {
  if (c > 0x20 && c < 0x7f) return true;
  if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) return false;
  if (stableCache[c] === 0) {
    const unit = String.fromCharCode(c);
    const plain = !isWhitespace(c) && !IGNORED.has(c) && !PUNCTUATION.has(c) && !COMBINING.test(unit);
    stableCache[c] = plain && foldUnit(unit) === unit ? 1 : 2;
  }
  return stableCache[c] === 1;
}

/** Index of the last entry of the ascending array that is <= x (-1 when none). */
function lastAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The matching copy of a whole text, with its offset map. */
export function normalise(text: string): NormalisedText {
  const { text: copy, segments: seg } = build(text);
  /** Original start (or end) of matching-copy unit u. */
  const unitStart = (u: number) => {
    const k = lastAtOrBelow(seg.n, u);
    return seg.oneToOne[k] ? seg.o[k] + (u - seg.n[k]) : seg.o[k];
  };
  const unitEnd = (u: number) => {
    const k = lastAtOrBelow(seg.n, u);
    return seg.oneToOne[k] ? seg.o[k] + (u - seg.n[k]) + 1 : seg.o[k] + seg.oLen[k];
  };
  return {
    text: copy,
    toOriginal(start, end) {
      if (end > start) return { start: unitStart(start), end: unitEnd(end - 1) };
      const at = start < copy.length ? unitStart(start) : text.length;
      return { start: at, end: at };
    },
    fromOriginal(offset) {
      const k = lastAtOrBelow(seg.o, offset);
      if (k < 0) return 0;
      const past = offset - seg.o[k];
      if (past >= seg.oLen[k]) return seg.n[k] + seg.nLen[k];
      if (seg.oneToOne[k]) return seg.n[k] + past;
      return past === 0 ? seg.n[k] : seg.n[k] + seg.nLen[k];
    },
  };
}

/** The matching copy of a short string (a quote, a prefix, a suffix). */
export function normaliseFragment(s: string): string {
  return build(s).text;
}

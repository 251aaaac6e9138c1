/**
 * UTF-16 offsets (what JavaScript strings and the app use) to Unicode code point offsets
 * (what the W3C Web Annotation model and REFI-QDA count) and back.
 *
 * A lone surrogate counts as one code point, as string iteration does.
 * An offset that falls between the two halves of a surrogate pair is rounded DOWN to the
 * start of that pair: toCodePoints gives the index of the character it cuts, so a start
 * offset keeps the whole character and an end offset drops it. Never half a character.
 */
import { splitsPair } from './surrogates';

export interface OffsetConverter {
  /** Code point offset of a UTF-16 offset (0 ≤ offset ≤ text.length). */
  toCodePoints(utf16Offset: number): number;
  /** UTF-16 offset of a code point offset (0 ≤ offset ≤ number of code points). */
  fromCodePoints(cpOffset: number): number;
  /** How many code points the text holds. */
  readonly codePointLength: number;
}


function checkOffset(offset: number, max: number, what: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new RangeError(`${what} ${offset} is outside the text (0–${max})`);
  }
}

/** Start offsets (UTF-16) of every well-formed surrogate pair, ascending. */
function pairStarts(text: string): Uint32Array {
  const out: number[] = [];
  // The regular expression engine skips the (usually long) stretches without pairs.
  const pair = /[\ud800-\udbff][\udc00-\udfff]/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) out.push(m.index);
  return Uint32Array.from(out);
}

/** Number of entries of a sorted array that are < value. */
function countBelow(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Precomputes the surrogate pairs of `text` once, so each conversion is a binary search
 * (O(log p) for p pairs): meant for exporting or importing many annotations of one text.
 */
export function offsetConverter(text: string): OffsetConverter {
  const pairs = pairStarts(text);
  // The code point offset at which each pair starts: strictly increasing, like `pairs`.
  const pairCps = pairs.map((p, i) => p - i);
  const codePointLength = text.length - pairs.length;
  return {
    codePointLength,
    toCodePoints(offset) {
      checkOffset(offset, text.length, 'UTF-16 offset');
      const before = countBelow(pairs, offset);
      // Inside a pair: the pair starting at offset - 1 is counted in `before`; round down.
      if (before > 0 && pairs[before - 1] === offset - 1) return offset - 1 - (before - 1);
      return offset - before;
    },
    fromCodePoints(cp) {
      checkOffset(cp, codePointLength, 'Code point offset');
      return cp + countBelow(pairCps, cp);
    },
  };
}

/** One conversion, by scanning the text up to the offset: use offsetConverter for many. */
export function toCodePoints(text: string, utf16Offset: number): number {
  checkOffset(utf16Offset, text.length, 'UTF-16 offset');
  let cp = 0;
  for (let i = 0; i < utf16Offset; i++) {
    if (splitsPair(text, i + 1)) {
      if (i + 1 === utf16Offset) return cp;
      i++;
    }
    cp++;
  }
  return cp;
}

/** One conversion, by scanning the text up to the offset: use offsetConverter for many. */
export function fromCodePoints(text: string, cpOffset: number): number {
  if (!Number.isInteger(cpOffset) || cpOffset < 0) {
    throw new RangeError(`Code point offset ${cpOffset} is outside the text`);
  }
  let i = 0;
  for (let cp = 0; cp < cpOffset; cp++) {
    if (i >= text.length) throw new RangeError(`Code point offset ${cpOffset} is outside the text (0–${cp})`);
    i += splitsPair(text, i + 1) ? 2 : 1;
  }
  return i;
}

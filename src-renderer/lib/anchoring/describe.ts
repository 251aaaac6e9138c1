import type { SpanSelectors } from './types';

/** Context kept on each side of a quote, in UTF-16 units (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The W3C selectors for text[start, end): a TextPositionSelector (UTF-16 offsets) and a
 * TextQuoteSelector with up to 32 units of context each side. Context never begins or
 * ends with half a surrogate pair; it is one unit shorter instead.
 */
export function describe(text: string, start: number, end: number): SpanSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`describe: span ${start}–${end} is not inside the text (0–${text.length})`);
  }
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to))) to--;
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(from, start),
      suffix: text.slice(end, to),
    },
  };
}

import { splitsPair } from './surrogates';
import type { SpanSelectors } from './types';

/** Context kept on each side of a quote, in UTF-16 units (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/**
 * The W3C selectors for text[start, end): a TextPositionSelector (UTF-16 offsets) and a
 * TextQuoteSelector with up to 32 units of context each side. A boundary inside a
 * surrogate pair moves outwards so the span keeps the whole character; context never
 * begins or ends with half a pair (it is one unit shorter instead). An empty span gives
 * an empty quote, which anchor() reports as an orphan.
 */
export function describe(text: string, start: number, end: number): SpanSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`describe: span ${start}–${end} is not inside the text (0–${text.length})`);
  }
  if (splitsPair(text, start)) start--;
  if (end > start && splitsPair(text, end)) end++;
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, from)) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, to)) to--;
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

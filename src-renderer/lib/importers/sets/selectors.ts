/**
 * Selectors of the W3C model, as W3C files and Hypothesis exports write them. Only the quote
 * and the text position place an annotation on plain text; range, XPath, CSS and fragment
 * selectors point into a page's markup, which the library does not keep, so they are counted
 * and ignored. `refinedBy` narrows a selector inside another: ignored likewise.
 */
import * as v from 'valibot';
import type { TextQuote } from '../../model';
import { fail, type Where } from './errors';
import type { IncomingTarget, NoticeReason, Tally } from './parsed-set';
import { bump } from './parsed-set';
import { nonEmptyText, offset, text } from './schema-kit';

/** The fields of the two selectors read, checked on any selector that has them (other types have none of these). */
export const selectorSchema = v.object({
  type: nonEmptyText,
  exact: v.optional(text),
  prefix: v.optional(text),
  suffix: v.optional(text),
  start: v.optional(offset),
  end: v.optional(offset),
});

export type SelectorData = v.InferOutput<typeof selectorSchema>;

export type Placement = Pick<IncomingTarget, 'quote' | 'position'>;

/**
 * The quote and position that checked selectors give; empty when they give neither.
 * `whereOf(i, field)` locates a field of selector i, for the message when one is missing.
 */
export function readSelectors(
  selectors: readonly SelectorData[],
  unit: 'utf16' | 'code-point',
  notices: Tally<NoticeReason>,
  whereOf: (i: number, field: string) => Where,
): Placement {
  let quote: TextQuote | undefined;
  let position: Placement['position'];
  selectors.forEach((s, i) => {
    if (s.type === 'TextQuoteSelector') {
      if (s.exact === undefined) fail(whereOf(i, 'exact'), 'is missing');
      if (!quote && s.exact) quote = { exact: s.exact, prefix: s.prefix ?? '', suffix: s.suffix ?? '' };
    } else if (s.type === 'TextPositionSelector') {
      if (s.start === undefined) fail(whereOf(i, 'start'), 'is missing');
      if (s.end === undefined) fail(whereOf(i, 'end'), 'is missing');
      if (s.end < s.start) fail(whereOf(i, 'end'), `(${s.end}) is before start (${s.start})`);
      position ??= { start: s.start, end: s.end, unit };
    } else {
      bump(notices, 'ignored-selectors');
    }
  });
  return { ...(quote ? { quote } : {}), ...(position ? { position } : {}) };
}

/**
 * Selectors of the W3C model, as W3C files and Hypothesis exports write them. Only the quote
 * and the text position place an annotation on plain text; range, XPath, CSS and fragment
 * selectors point into a page's markup, which the library does not keep, so they are counted
 * and ignored. `refinedBy` narrows a selector inside another: ignored likewise.
 */
import * as v from 'valibot';
import type { TextQuote } from '../../model';
import { fail, joinPath, type Where } from './errors';
import type { IncomingTarget, NoticeReason, Tally } from './parsed-set';
import { bump } from './parsed-set';
import { asList, nonEmptyText, offset, text, validate } from './schema-kit';

const typed = v.object({ type: nonEmptyText });
const quoteSelector = v.object({ exact: text, prefix: v.optional(text), suffix: v.optional(text) });
const positionSelector = v.object({ start: offset, end: offset });

export type Placement = Pick<IncomingTarget, 'quote' | 'position'>;

/** The quote and position that `raw` (one selector or a list) gives; empty when it gives neither. */
export function readSelectors(
  raw: unknown,
  where: Where,
  unit: 'utf16' | 'code-point',
  notices: Tally<NoticeReason>,
): Placement {
  let quote: TextQuote | undefined;
  let position: Placement['position'];
  for (const { item, path } of asList(raw, where)) {
    const at = { ...where, path };
    const { type } = validate(typed, item, at);
    if (type === 'TextQuoteSelector') {
      const q = validate(quoteSelector, item, at);
      if (!quote && q.exact) quote = { exact: q.exact, prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
    } else if (type === 'TextPositionSelector') {
      const p = validate(positionSelector, item, at);
      if (p.end < p.start) fail({ ...at, path: joinPath(path, 'end') }, `(${p.end}) is before start (${p.start})`);
      position ??= { ...p, unit };
    } else {
      bump(notices, 'ignored-selectors');
    }
  }
  return { ...(quote ? { quote } : {}), ...(position ? { position } : {}) };
}

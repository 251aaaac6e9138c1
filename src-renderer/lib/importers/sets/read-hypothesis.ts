/**
 * Reads a Hypothesis export: the JSON array the export button writes, or the `{rows}` object
 * of the search API. Positions there count UTF-16 units of the page's text content (the
 * client measures with JavaScript strings) and are only hints: the page's text is not the
 * library's text, so the quote does the placing. Tags: see labels.ts for how they become a
 * label and #tags in the note. Page notes and replies have no place in the text: skipped
 * and counted.
 */
import * as v from 'valibot';
import { fail, itemName, joinPath, type Where } from './errors';
import { documentIdFromIri, idFromIri, waitingIdFor } from './ids';
import { MAX_ANNOTATIONS } from './limits';
import type { IncomingAnnotation, NoticeReason, ParsedSet, SkipReason, Tally } from './parsed-set';
import { bump } from './parsed-set';
import { isoTime, list, locate, nonEmptyText, text, validate } from './schema-kit';
import { readSelectors, selectorSchema } from './selectors';
import { normalizeIsoTime } from './time';

const rowSchema = v.object({
  id: nonEmptyText,
  created: isoTime,
  updated: isoTime,
  user: text,
  uri: text,
  text: v.optional(v.nullable(text)),
  tags: v.optional(v.nullable(list(text))),
  target: list(v.object({ source: v.optional(text), selector: v.optional(list(selectorSchema)) })),
  user_info: v.optional(v.nullable(v.object({ display_name: v.optional(v.nullable(text)) }))),
  references: v.optional(v.nullable(list(text))),
});

const rowsSchema = v.object({ rows: list(v.unknown(), MAX_ANNOTATIONS) });

/** The IRI Hypothesis itself gives an annotation (`links.html`), so its id is stable across exports. */
export const hypothesisIri = (id: string) => `https://hypothes.is/a/${id}`;

function author(user: string, displayName: string | null | undefined): string {
  return displayName?.trim() || /^acct:([^@]+)@/.exec(user)?.[1] || user;
}

export function readHypothesis(fileName: string, value: unknown): ParsedSet {
  const rows = Array.isArray(value) ? value : validate(rowsSchema, value, { fileName, path: '' }).rows;
  if (rows.length > MAX_ANNOTATIONS) {
    fail({ fileName, path: '' }, `holds more than ${MAX_ANNOTATIONS.toLocaleString('en')} annotations, the most one file may hold`);
  }
  // A bare list has no key of its own: its items are called annotations[i] in messages.
  const base = Array.isArray(value) ? 'annotations' : 'rows';
  const skipped: Tally<SkipReason> = {};
  const notices: Tally<NoticeReason> = {};
  const annotations: IncomingAnnotation[] = [];

  const read = (raw: unknown, index: number): IncomingAnnotation | SkipReason => {
    const where: Where = { fileName, path: joinPath(base, index), item: itemName('annotation', index, raw) };
    const row = validate(rowSchema, raw, where);
    if (row.references?.length) return 'reply';
    const first = row.target[0];
    if (first?.selector === undefined) return 'page-note';
    if (row.target.length > 1) bump(notices, 'extra-targets');
    const placement = readSelectors(first.selector, 'utf16', notices, (i, field) => locate(raw, where, 'target', 0, 'selector', i, field));
    if (!placement.quote && !placement.position) return 'no-text-selector';

    const source = first.source || row.uri;
    const documentId = documentIdFromIri(source);
    return {
      index,
      id: idFromIri(hypothesisIri(row.id)),
      target: { ...(documentId ? { documentId } : { source }), waitingId: waitingIdFor(source), ...placement },
      tags: (row.tags ?? []).map((t) => t.trim()).filter(Boolean).map((name) => ({ name })),
      note: row.text ?? '',
      links: [],
      author: author(row.user, row.user_info?.display_name),
      created: normalizeIsoTime(row.created),
      modified: normalizeIsoTime(row.updated),
    };
  };
  rows.forEach((raw, index) => {
    const result = read(raw, index);
    if (typeof result === 'string') bump(skipped, result);
    else annotations.push(result);
  });
  return { fileName, format: 'hypothesis', zipped: false, documents: [], labelSets: [], annotations, skipped, notices };
}

/**
 * When a document arrives, the annotations that were waiting for it (imported before it,
 * kept as orphans under the id they named or a placeholder) are found and placed on it.
 * Theirs are the ones naming its id, or its URL, or — for a group under one placeholder —
 * whose quotes are confidently found in its text. Anchoring is derived data: `modified`
 * does not change, so a later import of the same file still finds them unchanged.
 */
import type { Annotation, DocumentMeta } from '../../model';
import type { AnchorOptions } from '../../anchoring';
import { matchByQuotes } from './match-documents';
import { placeOnText, type Placeable } from './place';
import { urlKey } from './urls';

export interface ArrivingDocument {
  id: string;
  text: string;
  meta?: Pick<DocumentMeta, 'url'>;
}

function belonging(document: ArrivingDocument, waiting: readonly Annotation[]): Annotation[] {
  const url = urlKey(document.meta?.url);
  const mine: Annotation[] = [];
  const groups = new Map<string, Annotation[]>();
  for (const a of waiting) {
    if (a.deleted) continue;
    if (a.documentId === document.id || (url && urlKey(a.sourceUrl) === url)) mine.push(a);
    else groups.set(a.documentId, [...(groups.get(a.documentId) ?? []), a]);
  }
  for (const group of groups.values()) {
    if (matchByQuotes(group.map((a) => a.quote.exact), [document]) === 0) mine.push(...group);
  }
  return mine;
}

/** The waiting annotations that belong to `document`, placed on its text; the others are left out. */
export function adoptWaitingAnnotations(
  document: ArrivingDocument,
  waiting: readonly Annotation[],
  options: AnchorOptions = {},
): Annotation[] {
  const mine = belonging(document, waiting);
  const items: Placeable[] = mine.map((a) => ({
    target: {
      documentId: a.documentId,
      waitingId: a.documentId,
      ...(a.quote.exact ? { quote: a.quote } : {}),
      position: { start: a.start, end: a.end, unit: 'utf16' },
    },
  }));
  const placements = placeOnText(document.id, document.text, items, options);
  return mine.map((a, i) => {
    const { score: _old, ...rest } = a;
    const p = placements[i];
    return {
      ...rest,
      documentId: document.id,
      start: p.start,
      end: p.end,
      status: p.status,
      quote: a.quote.exact ? a.quote : p.quote,
      ...(p.score !== undefined ? { score: p.score } : {}),
    };
  });
}

/**
 * Page furniture: page numbers and running heads/feet repeated at the top or
 * bottom of the pages. They interrupt sentences that run across pages, so they
 * are not part of the reading text (the page blocks keep the numbering).
 */
import type { PdfLine } from './pdf-lines';

const PAGE_NUMBER = /^(?:page\s+|p\.\s*|-\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/|sur|von)\s*\d{1,4})?(?:\s*-)?$/iu;

const key = (text: string) => text.toLocaleLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/** The top and bottom lines of a page: where furniture sits. A page of one line has only content. */
function edges(lines: PdfLine[]): PdfLine[] {
  if (lines.length < 2) return [];
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  return [sorted[0], sorted[sorted.length - 1]];
}

/** The pages' lines without page numbers and running heads. */
export function withoutFurniture(pages: PdfLine[][]): PdfLine[][] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(edges(page).map((l) => key(l.text)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (l: PdfLine) => {
    const n = counts.get(key(l.text)) ?? 0;
    return pages.length >= 3 && n >= 3 && n >= pages.length * 0.5;
  };
  return pages.map((page) => {
    const drop = new Set(edges(page).filter((l) => PAGE_NUMBER.test(l.text) || repeated(l)));
    return page.filter((l) => !drop.has(l));
  });
}

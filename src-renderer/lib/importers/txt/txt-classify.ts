/**
 * Candidate blocks of a plain text → kinds, title and metadata: which short
 * lines are headings, which opening line is a section rubric, a headline, a byline.
 */
import type { DocumentMeta } from '../../model';
import type { BlockInput, ParsedDocument } from '../core/types';
import type { RawBlock } from './txt-lines';
import { dateLine, headingShape, parseByline, type Byline } from './txt-shape';

/** Bylines and dates sit among the first few blocks; later ones are quotations of them. */
const FRONT = 6;

interface Item {
  raw: RawBlock;
  kind: 'heading' | 'paragraph' | 'list-item';
  byline?: Byline;
  date?: string;
}

const len = (item: Item | undefined) => item?.raw.text.length ?? 0;

/** "surrounded by longer paragraphs": the line is short next to the text around it. */
function isHeading(items: Item[], i: number): boolean {
  const { raw } = items[i];
  if (raw.underline) return true;
  if (raw.lines > 1) return false;
  // A lone numbered line ("1. Introduction") is a numbered heading, not a one-item list.
  const numbered = raw.list?.ordered && !items[i - 1]?.raw.list && !items[i + 1]?.raw.list;
  if (raw.list && !numbered) return false;
  const shape = headingShape(raw.text);
  if (!shape) return false;
  let j = i + 1;
  while (items[j] && (items[j].byline || items[j].date)) j++;
  const next = items[j];
  if (!next) return false;
  const prev = items[i - 1];
  const ratio = shape === 'question' || shape === 'caseless' ? 3 : 1.5;
  const nextOk = next.raw.list ? shape !== 'question' : len(next) >= len(items[i]) * ratio;
  const prevOk =
    !prev || prev.kind === 'heading' || prev.kind === 'list-item' || !!prev.byline || len(prev) >= len(items[i]) * ratio;
  return nextOk && prevOk;
}

/** Rubric ("Foreign Policy") over a headline: a few words, then a longer title. */
function isRubric(first: Item | undefined, second: Item | undefined): boolean {
  if (first?.kind !== 'heading' || second?.kind !== 'heading') return false;
  const a = first.raw.text;
  return (
    a.split(/\s+/u).length <= 4 &&
    a.length <= 40 &&
    headingShape(a) === 'title' &&
    headingShape(second.raw.text) !== 'label' &&
    second.raw.text.length > a.length * 1.5
  );
}

export function classify(raws: RawBlock[]): ParsedDocument {
  const items: Item[] = raws.map((raw, i) => ({
    raw,
    kind: raw.list ? 'list-item' : 'paragraph',
    byline: i < FRONT && !raw.list ? parseByline(raw.text) : undefined,
    date: i < FRONT && !raw.list ? dateLine(raw.text) : undefined,
  }));
  items.forEach((item, i) => {
    if (!item.byline && !item.date && isHeading(items, i)) item.kind = 'heading';
  });

  const meta: DocumentMeta = {};
  let headline = items[0]?.kind === 'heading' && headingShape(items[0].raw.text) !== 'label' ? 0 : -1;
  if (isRubric(items[0], items[1])) {
    meta.section = items[0].raw.text;
    items[0].kind = 'paragraph';
    headline = 1;
  }
  for (const item of items.slice(0, FRONT)) {
    if (item.byline && !meta.author) {
      meta.author = item.byline.author;
      meta.date ??= item.byline.date;
    } else if (item.date) meta.date ??= item.date;
  }

  const blocks: BlockInput[] = items.map((item, i) => {
    if (item.kind === 'heading') {
      // A numbered heading keeps its number: it is part of what the author wrote.
      const text = item.raw.list ? item.raw.firstLine : item.raw.text;
      return { kind: 'heading', text, level: i === headline ? 1 : (item.raw.underline ?? 2) };
    }
    if (item.kind === 'list-item') return { kind: 'list-item', text: item.raw.text, ordered: item.raw.list?.ordered };
    return { kind: 'paragraph', text: item.raw.text };
  });
  nestLists(items, blocks);
  return { blocks, meta, title: headline >= 0 ? items[headline].raw.text : undefined };
}

/** Depth of each list item from its indentation within its run of items. */
function nestLists(items: Item[], blocks: BlockInput[]): void {
  let stack: number[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'list-item' || !item.raw.list) {
      stack = [];
      return;
    }
    const indent = item.raw.list.indent;
    while (stack.length && stack[stack.length - 1] > indent) stack.pop();
    if (!stack.length || stack[stack.length - 1] < indent) stack.push(indent);
    blocks[i].level = stack.length;
  });
}

/**
 * Turns a document's flat block list into what the reader draws: runs of list items
 * become one list, page blocks become page markers, everything else is one element.
 */
import type { Block } from '../../lib/model';

export type RenderItem =
  | { type: 'block'; block: Block; key: number }
  | { type: 'list'; ordered: boolean; items: Block[]; key: number }
  | { type: 'page'; number: number; key: number };

export function renderItems(blocks: readonly Block[]): RenderItem[] {
  const out: RenderItem[] = [];
  let pages = 0;
  blocks.forEach((block, key) => {
    if (block.kind === 'page') {
      pages++;
      out.push({ type: 'page', number: block.level ?? pages, key });
      return;
    }
    if (block.kind === 'list-item') {
      const last = out[out.length - 1];
      if (last?.type === 'list' && last.ordered === !!block.ordered) last.items.push(block);
      else out.push({ type: 'list', ordered: !!block.ordered, items: [block], key });
      return;
    }
    out.push({ type: 'block', block, key });
  });
  return out;
}

/** Document heading levels shift down one: the page's own h1 is the document title. */
export function headingTag(level = 1): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return `h${Math.min(6, Math.max(2, level + 1))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

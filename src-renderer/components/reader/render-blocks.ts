/**
 * Builds the elements of a document's blocks from its text. Built directly (one
 * createElement and one text node per block, never HTML) because a 1 MB document has
 * thousands of blocks and this is the first thing the reader waits for.
 */
import type { DocumentText } from '../../lib/model';
import { headingTag, renderItems } from './render-items';

function blockElement(tag: string, text: string, start: number, end: number, rtlAware = true): HTMLElement {
  const el = document.createElement(tag);
  el.dataset.start = String(start);
  el.dataset.end = String(end);
  if (rtlAware) el.dir = 'auto';
  el.textContent = text.slice(start, end);
  return el;
}

/** Blocks per run: each run is one box the browser can skip while it is off screen. */
const RUN = 24;

export function renderBlocks(container: HTMLElement, doc: DocumentText): void {
  const frag = document.createDocumentFragment();
  let run: HTMLElement | undefined;
  let inRun = 0;
  for (const item of renderItems(doc.blocks)) {
    if (!run || inRun === RUN) {
      run = document.createElement('div');
      run.className = 'chunk';
      frag.append(run);
      inRun = 0;
    }
    inRun++;
    if (item.type === 'page') {
      const marker = document.createElement('div');
      marker.className = 'page-marker';
      marker.setAttribute('role', 'separator');
      marker.setAttribute('aria-label', `Page ${item.number}`);
      const n = document.createElement('span');
      n.setAttribute('aria-hidden', 'true');
      n.textContent = String(item.number);
      marker.append(n);
      run.append(marker);
    } else if (item.type === 'list') {
      const list = document.createElement(item.ordered ? 'ol' : 'ul');
      list.className = 'list';
      for (const b of item.items) {
        const li = blockElement('li', doc.text, b.start, b.end);
        if ((b.level ?? 1) > 1) li.style.setProperty('--depth', String((b.level ?? 1) - 1));
        list.append(li);
      }
      run.append(list);
    } else {
      const b = item.block;
      const tag =
        b.kind === 'heading' ? headingTag(b.level) : b.kind === 'quote' ? 'blockquote' : b.kind === 'preformatted' ? 'pre' : 'p';
      run.append(blockElement(tag, doc.text, b.start, b.end, b.kind !== 'preformatted'));
    }
  }
  container.replaceChildren(frag);
}

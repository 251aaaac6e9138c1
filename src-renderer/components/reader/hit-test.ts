/** Which annotation lies under the pointer: a text offset from the point, then a lookup. */
import type { Annotation } from '../../lib/model';

/** The text offset under a viewport point, or null when the point is not over document text. */
export function offsetAtPoint(root: HTMLElement, x: number, y: number): number | null {
  const pos = document.caretPositionFromPoint?.(x, y);
  if (!pos || !root.contains(pos.offsetNode)) return null;
  const el = pos.offsetNode instanceof Element ? pos.offsetNode : pos.offsetNode.parentElement;
  const block = el?.closest<HTMLElement>('[data-start]');
  if (!block || !root.contains(block)) return null;
  const r = document.createRange();
  r.setStart(block, 0);
  r.setEnd(pos.offsetNode, pos.offset);
  return Number(block.dataset.start) + r.toString().length;
}

/**
 * The innermost anchored annotation covering an offset (the shortest one, so a passage
 * nested inside a longer one can still be picked). `sorted` is in reading order.
 */
export function annotationAt(sorted: readonly Annotation[], offset: number): Annotation | undefined {
  let best: Annotation | undefined;
  for (const a of sorted) {
    if (a.start > offset) break;
    if (a.status === 'orphan' || a.end <= offset) continue;
    if (!best || a.end - a.start < best.end - best.start) best = a;
  }
  return best;
}

/**
 * The one place where anchoring meets the DOM. The reader renders each block of a
 * document as an element with `data-start` and `data-end` (UTF-16 offsets into the
 * document text) whose text content is exactly text.slice(start, end), in one or several
 * text nodes. Everything else (page markers, bullets) has no data-start and no document
 * text. These functions receive the elements they work on; they never look at a global
 * document, so they work in any window or frame.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The rendered blocks of a container in document order, for binary search by offset.
 * Build it once per render (blockIndex) and pass it to every call; rebuild it when the
 * rendered blocks change.
 */
export interface BlockIndex {
  readonly root: Element;
  /** Block elements in document order; starts[i]/ends[i] are elements[i]'s offsets. */
  readonly elements: readonly Element[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Position of each block element in `elements`. */
  readonly byElement: ReadonlyMap<Element, number>;
  /** Per block, its text nodes and where each starts, built when first needed. */
  readonly texts: ({ nodes: Text[]; starts: number[] } | undefined)[];
}

/** A point in the DOM. */
export interface DomPosition {
  node: Node;
  offset: number;
}

const BLOCK_SELECTOR = '[data-start]';

function offsetAttribute(el: Element, name: string): number {
  const raw = el.getAttribute(name);
  return raw !== null && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
}

/** Indexes the block elements inside `root`. Throws when their offsets are malformed, overlap or go backwards. */
export function blockIndex(root: Element): BlockIndex {
  const elements = [...root.querySelectorAll(BLOCK_SELECTOR)];
  const starts = new Int32Array(elements.length);
  const ends = new Int32Array(elements.length);
  const byElement = new Map<Element, number>();
  elements.forEach((el, i) => {
    const start = offsetAttribute(el, 'data-start');
    const end = offsetAttribute(el, 'data-end');
    const where = () =>
      `blockIndex: block ${i + 1} <${el.localName}> has data-start="${el.getAttribute('data-start')}" data-end="${el.getAttribute('data-end')}"`;
    if (Number.isNaN(start) || Number.isNaN(end) || end < start) {
      throw new Error(`${where()}; expected two integer offsets with start ≤ end`);
    }
    if (i > 0 && start < ends[i - 1]) {
      throw new Error(
        `${where()}, inside or before the previous block (${starts[i - 1]}–${ends[i - 1]}); blocks must not nest or overlap and must follow document order`,
      );
    }
    starts[i] = start;
    ends[i] = end;
    byElement.set(el, i);
  });
  return { root, elements, starts, ends, byElement, texts: new Array(elements.length) };
}

function indexOf(rootOrIndex: Element | BlockIndex): BlockIndex {
  return 'elements' in rootOrIndex ? rootOrIndex : blockIndex(rootOrIndex);
}

/** The first non-empty block that ends after `offset` (elements.length when none). */
function firstEndingAfter(index: BlockIndex, offset: number): number {
  const { starts, ends } = index;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  while (lo < ends.length && starts[lo] === ends[lo]) lo++;
  return lo;
}

/** The last non-empty block that starts before `offset` (-1 when none). */
function lastStartingBefore(index: BlockIndex, offset: number): number {
  const { starts, ends } = index;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  lo--;
  while (lo >= 0 && starts[lo] === ends[lo]) lo--;
  return lo;
}

function textsOf(index: BlockIndex, i: number): { nodes: Text[]; starts: number[] } {
  const cached = index.texts[i];
  if (cached) return cached;
  const block = index.elements[i];
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(at);
    at += (n as Text).length;
  }
  return (index.texts[i] = { nodes, starts });
}

/**
 * The DOM point `local` units into block i. On the edge between two text nodes a start
 * goes into the later one and an end stays in the earlier one, so a range never begins or
 * ends with an empty stretch of another node.
 */
function pointIn(index: BlockIndex, i: number, local: number, side: 'start' | 'end'): DomPosition {
  const block = index.elements[i];
  const only = block.firstChild;
  if (only && only === block.lastChild && only.nodeType === 3) {
    return { node: only, offset: Math.min(local, (only as Text).length) };
  }
  const { nodes, starts } = textsOf(index, i);
  if (!nodes.length) return { node: block, offset: 0 };
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (side === 'start' ? starts[mid] <= local : starts[mid] < local) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo], offset: Math.min(local - starts[lo], nodes[lo].length) };
}

/**
 * The block element holding the character at `offset`; for an offset between blocks
 * (a separator, an empty block), the next block with text. Null past the last one.
 */
export function blockAt(rootOrIndex: Element | BlockIndex, offset: number): Element | null {
  const index = indexOf(rootOrIndex);
  const i = firstEndingAfter(index, offset);
  return i < index.elements.length ? index.elements[i] : null;
}

/** The DOM point just before the character at `offset` (or the next rendered one), e.g. to scroll to it. */
export function positionAt(rootOrIndex: Element | BlockIndex, offset: number): DomPosition | null {
  const index = indexOf(rootOrIndex);
  const i = firstEndingAfter(index, offset);
  if (i >= index.elements.length) return null;
  return pointIn(index, i, Math.max(offset, index.starts[i]) - index.starts[i], 'start');
}

/**
 * A StaticRange over document text [start, end), clipped to the rendered blocks (with
 * windowed rendering, only part of a long span may be in the DOM). Null when the span is
 * empty or no rendered block holds any of it.
 */
export function offsetsToRange(rootOrIndex: Element | BlockIndex, start: number, end: number): StaticRange | null {
  const index = indexOf(rootOrIndex);
  if (!(end > start)) return null;
  const first = firstEndingAfter(index, start);
  const last = lastStartingBefore(index, end);
  if (first > last) return null;
  const { starts, ends } = index;
  const from = pointIn(index, first, Math.max(start, starts[first]) - starts[first], 'start');
  const to = pointIn(index, last, Math.min(end, ends[last]) - starts[last], 'end');
  const Static = index.root.ownerDocument.defaultView?.StaticRange ?? StaticRange;
  return new Static({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** offsetsToRange for many spans (e.g. every highlight of a document), in the same order. */
export function rangesFor(rootOrIndex: Element | BlockIndex, spans: readonly TextSpan[]): (StaticRange | null)[] {
  const index = indexOf(rootOrIndex);
  return spans.map((s) => offsetsToRange(index, s.start, s.end));
}

/**
 * The document text offsets of a DOM Range or StaticRange (a selection). A boundary
 * outside every block (in a page marker, between blocks, outside the container) moves
 * to the nearest block edge inside the range. Null when the range is collapsed or holds
 * no document text.
 */
export function rangeToOffsets(rootOrIndex: Element | BlockIndex, range: AbstractRange): TextSpan | null {
  if (range.collapsed) return null;
  const index = indexOf(rootOrIndex);
  const start = boundaryOffset(index, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(index, range.endContainer, range.endOffset, 'end');
  return start !== null && end !== null && start < end ? { start, end } : null;
}

function boundaryOffset(index: BlockIndex, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const probe = index.root.ownerDocument.createRange();
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const holder = element?.closest(BLOCK_SELECTOR);
  const i = holder ? index.byElement.get(holder) : undefined;
  try {
    if (i !== undefined) {
      // The block's text before the boundary is exactly the boundary's distance from the block start.
      probe.setStart(index.elements[i], 0);
      probe.setEnd(node, offset);
      return index.starts[i] + Math.min(probe.toString().length, index.ends[i] - index.starts[i]);
    }
    probe.setStart(node, offset);
    return side === 'start' ? nextBlockStart(index, probe) : previousBlockEnd(index, probe);
  } catch {
    return null; // an offset past the node's end, or a node in another document or a detached tree
  }
}

/** Outside every block: the start of the first non-empty block at or after the (collapsed) probe. */
function nextBlockStart(index: BlockIndex, probe: Range): number | null {
  const { elements } = index;
  let lo = 0;
  let hi = elements.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (probe.comparePoint(elements[mid], 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  while (lo < elements.length && index.starts[lo] === index.ends[lo]) lo++;
  return lo < elements.length ? index.starts[lo] : null;
}

/** Outside every block: the end of the last non-empty block at or before the (collapsed) probe. */
function previousBlockEnd(index: BlockIndex, probe: Range): number | null {
  const { elements } = index;
  let lo = -1;
  let hi = elements.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (probe.comparePoint(elements[mid], elements[mid].childNodes.length) <= 0) lo = mid;
    else hi = mid - 1;
  }
  while (lo >= 0 && index.starts[lo] === index.ends[lo]) lo--;
  return lo >= 0 ? index.ends[lo] : null;
}

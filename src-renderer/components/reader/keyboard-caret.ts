/**
 * Caret browsing for the reader: with the text focused, arrow keys move a visible caret
 * and Shift+arrows select, so a passage can be annotated without a mouse. Chromium's
 * Selection.modify() does the movement by character, word, line and paragraph, exactly
 * as in an editor, without making the text editable.
 */

type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'paragraph' | 'documentboundary';

interface Move {
  direction: 'forward' | 'backward';
  granularity: Granularity;
}

/** The movement a key asks for, or null when the key is not a caret key. */
export function caretMove(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): Move | null {
  const word = e.ctrlKey || e.altKey;
  switch (e.key) {
    case 'ArrowRight':
      return { direction: 'forward', granularity: word ? 'word' : 'character' };
    case 'ArrowLeft':
      return { direction: 'backward', granularity: word ? 'word' : 'character' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: word ? 'paragraph' : 'line' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: word ? 'paragraph' : 'line' };
    case 'Home':
      return { direction: 'backward', granularity: e.ctrlKey || e.metaKey ? 'documentboundary' : 'lineboundary' };
    case 'End':
      return { direction: 'forward', granularity: e.ctrlKey || e.metaKey ? 'documentboundary' : 'lineboundary' };
    default:
      return null;
  }
}

export class KeyboardCaret {
  #root: HTMLElement;
  #caret: HTMLElement;

  constructor(root: HTMLElement, caret: HTMLElement) {
    this.#root = root;
    this.#caret = caret;
  }

  #selection(): Selection | null {
    const sel = document.getSelection();
    return sel && sel.rangeCount && this.#root.contains(sel.focusNode) ? sel : null;
  }

  /** Puts the caret at the start of the first block in view, unless it is already in the text. */
  ensure(): void {
    if (this.#selection()) return;
    const top = this.#root.getBoundingClientRect().top;
    const blocks = this.#root.querySelectorAll<HTMLElement>('[data-start]');
    const first = [...blocks].find((b) => b.getBoundingClientRect().bottom > Math.max(top, 0) + 8) ?? blocks[0];
    const node = first?.firstChild;
    if (!node) return;
    document.getSelection()?.collapse(node, 0);
  }

  /** Handles a caret key; returns true when it did. */
  handle(e: KeyboardEvent): boolean {
    const move = caretMove(e);
    if (!move) return false;
    this.ensure();
    const sel = this.#selection();
    if (!sel) return false;
    const alter = e.shiftKey ? 'extend' : 'move';
    if (move.granularity === 'documentboundary') {
      const blocks = this.#root.querySelectorAll<HTMLElement>('[data-start]');
      const target = move.direction === 'forward' ? blocks[blocks.length - 1] : blocks[0];
      const node = target?.firstChild;
      if (!node) return true;
      const offset = move.direction === 'forward' ? (node.textContent?.length ?? 0) : 0;
      if (alter === 'extend') sel.extend(node, offset);
      else sel.collapse(node, offset);
    } else {
      sel.modify(alter, move.direction, move.granularity);
    }
    this.render();
    this.#scrollIntoView(sel);
    return true;
  }

  #focusRect(sel: Selection): DOMRect | null {
    if (!sel.focusNode) return null;
    const r = document.createRange();
    r.setStart(sel.focusNode, sel.focusOffset);
    r.collapse(true);
    const rects = r.getClientRects();
    return rects[0] ?? (sel.focusNode instanceof Element ? sel.focusNode.getBoundingClientRect() : null);
  }

  #scrollIntoView(sel: Selection): void {
    const rect = this.#focusRect(sel);
    const scroller = this.#root.closest('[data-scroller]');
    if (!rect || !scroller) return;
    const box = scroller.getBoundingClientRect();
    if (rect.top < box.top + 40) scroller.scrollBy({ top: rect.top - box.top - 80 });
    else if (rect.bottom > box.bottom - 40) scroller.scrollBy({ top: rect.bottom - box.bottom + 80 });
  }

  /** Shows the caret where a collapsed selection is, while the text has focus. */
  render(): void {
    const sel = this.#selection();
    const show = !!sel && sel.isCollapsed && this.#root.contains(document.activeElement);
    const rect = show ? this.#focusRect(sel!) : null;
    if (!rect) {
      this.#caret.hidden = true;
      return;
    }
    const origin = this.#root.getBoundingClientRect();
    this.#caret.hidden = false;
    this.#caret.style.transform = `translate(${rect.left - origin.left}px, ${rect.top - origin.top}px)`;
    this.#caret.style.height = `${rect.height || 20}px`;
  }
}

/**
 * The reader's place in a document: measured as they scroll (the offset of the first
 * visible line, to the character), saved once scrolling pauses, and restored when the
 * document opens again, held there while the page settles (position-keeper.ts).
 */
import { loadReadingPosition, saveReadingPosition } from '../../lib/db';
import type { HighlightPainter } from './highlight-painter';
import { offsetAtPoint } from './hit-test';
import { PositionKeeper } from './position-keeper';

const SAVE_AFTER_MS = 400;

export class ReadingPlace {
  /** Where the reader is, measured while the page is laid out (not once it is gone). */
  #position = -1;
  #lastSaved = -1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #keeper: PositionKeeper | undefined;

  constructor(
    private readonly documentId: string | null,
    private readonly scroller: HTMLElement,
    private readonly blocks: HTMLElement,
    private readonly painter: HighlightPainter,
    private readonly textLength: number,
  ) {}

  /** Call on every scroll of the pane. */
  scrolled(): void {
    // While the remembered place is being held the page is still settling: nothing to save.
    if (this.#keeper?.holding) return;
    this.#position = this.#firstVisibleOffset();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#save(), SAVE_AFTER_MS);
  }

  /** Back to where the reader left this document, if they had been here before. */
  async restore(): Promise<void> {
    if (!this.documentId) return;
    const at = await loadReadingPosition(this.documentId);
    if (!at) return;
    this.#lastSaved = at;
    this.#keeper?.release();
    this.#keeper = new PositionKeeper(this.blocks, (offset) => this.#scrollTo(offset));
    this.#keeper.hold(at);
  }

  /** Saves the last measured place at once (the pane is closing). */
  close(): void {
    this.#keeper?.release();
    clearTimeout(this.#timer);
    this.#save();
  }

  #save(): void {
    if (!this.documentId || this.#position < 0 || this.#position === this.#lastSaved) return;
    this.#lastSaved = this.#position;
    void saveReadingPosition(this.documentId, this.#position);
  }

  /** Scrolls the pane itself (scrollIntoView would also scroll the window): that line at the top. */
  #scrollTo(offset: number): void {
    const rect = this.painter.rangeOf({ start: offset, end: Math.min(this.textLength, offset + 1) })?.getClientRects()[0];
    if (rect) this.scroller.scrollTop += rect.top - this.scroller.getBoundingClientRect().top - 4;
  }

  #firstVisibleOffset(): number {
    const index = this.painter.index;
    if (!index.elements.length) return 0;
    const top = this.scroller.getBoundingClientRect().top + 4;
    let lo = 0;
    let hi = index.elements.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index.elements[mid].getBoundingClientRect().bottom <= top) lo = mid + 1;
      else hi = mid;
    }
    const rect = index.elements[lo].getBoundingClientRect();
    // Inside a long paragraph, the line at the top; else the block's start.
    const at = rect.top < top ? offsetAtPoint(this.blocks, rect.left + 1, top + 2) : null;
    return at ?? index.starts[lo];
  }
}

/**
 * Brings the reader back to the line they left and keeps it at the top while the page
 * settles. Runs of blocks are laid out for the first time as they are measured and fonts
 * may arrive late: lines move, and a page not yet at its full height clamps the scroll
 * short of the place. Until the reader scrolls, clicks or presses a key (or a few seconds
 * pass), each change of the text's size puts the line back; meanwhile the pane saves no
 * position, so a half-laid-out page never overwrites the remembered place.
 */
const SETTLE_MS = 3000;
const USER_INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

export class PositionKeeper {
  #offset: number | undefined;
  #observer: ResizeObserver | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #release = () => this.release();

  /** `place` scrolls the pane so that this text offset is at its top. */
  constructor(
    private readonly content: HTMLElement,
    private readonly place: (offset: number) => void,
  ) {}

  get holding(): boolean {
    return this.#offset !== undefined;
  }

  hold(offset: number): void {
    this.release();
    this.#offset = offset;
    this.place(offset);
    this.#observer = new ResizeObserver(() => {
      if (this.#offset !== undefined) this.place(this.#offset);
    });
    this.#observer.observe(this.content);
    for (const type of USER_INPUT) addEventListener(type, this.#release, { capture: true, passive: true });
    this.#timer = setTimeout(this.#release, SETTLE_MS);
  }

  release(): void {
    if (this.#offset === undefined) return;
    this.#offset = undefined;
    this.#observer?.disconnect();
    clearTimeout(this.#timer);
    for (const type of USER_INPUT) removeEventListener(type, this.#release, { capture: true });
  }
}

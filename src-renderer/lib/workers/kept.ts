/**
 * Something costly to start, kept while in use and for a while after: the export worker's
 * deflate pool. A fresh pool costs several tenths of a second of CPU before it deflates at
 * full speed (threads, the compressor's code optimised by the engine), which on two cores an
 * export then lacks; kept, the next export (another format, another scope) finds it ready.
 * Unused for `idleMs`, it is closed and its memory given back.
 */
export interface Closable {
  /** Why it no longer works, if it does not (a new one is opened in its place). */
  readonly stopped?: string;
  close(): void;
}

export class Kept<T extends Closable> {
  private value: T | undefined;
  private users = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly open: () => T,
    private readonly idleMs: number,
  ) {}

  /** Runs `work` with the kept value (opened now if need be); it is not closed meanwhile. */
  async use<R>(work: (value: T) => Promise<R>): Promise<R> {
    const value = this.current();
    this.users++;
    clearTimeout(this.timer);
    try {
      return await work(value);
    } finally {
      this.users--;
      this.closeWhenIdle();
    }
  }

  /** Opens it ahead of need (the export dialog opened); closed if still unused after idleMs. */
  warm(): T {
    const value = this.current();
    this.closeWhenIdle();
    return value;
  }

  close(): void {
    clearTimeout(this.timer);
    this.value?.close();
    this.value = undefined;
  }

  private current(): T {
    if (this.value?.stopped) this.close();
    return (this.value ??= this.open());
  }

  private closeWhenIdle(): void {
    clearTimeout(this.timer);
    if (this.users === 0) this.timer = setTimeout(() => this.close(), this.idleMs);
  }
}

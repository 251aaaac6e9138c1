/**
 * Undo and redo, over the stored history (lib/db/history.ts): every step is data, runs
 * in one transaction with its move between the stacks, and survives a reload. This
 * class only keeps what the screen needs to know (what the next undo and redo are).
 */
import { historyTops, recordStep, redoStep, runStep, undoStep, type StoredStep } from '../db';

export type { StoredStep as Step };

class History {
  undoLabel = $state<string | undefined>();
  redoLabel = $state<string | undefined>();
  #undoSeq: number | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /** Identifies the latest undo step, for `undoIfLatest`. */
  get latestToken(): number | undefined {
    return this.#undoSeq;
  }

  get canUndo(): boolean {
    return this.undoLabel !== undefined;
  }

  get canRedo(): boolean {
    return this.redoLabel !== undefined;
  }

  async refresh(): Promise<void> {
    const tops = await historyTops();
    this.undoLabel = tops.undo;
    this.redoLabel = tops.redo;
    this.#undoSeq = tops.undoSeq;
  }

  /** Steps run one after another: a fast Ctrl+Z Ctrl+Z never interleaves two. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(fn, fn);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Runs a step for the first time and records it. */
  run(step: StoredStep): Promise<void> {
    return this.#serial(async () => {
      await runStep(step);
      await this.refresh();
    });
  }

  /** Records a step whose change already happened; returns a token for `undoIfLatest`. */
  record(step: StoredStep): Promise<number | undefined> {
    return this.#serial(async () => {
      await recordStep(step);
      await this.refresh();
      return this.#undoSeq;
    });
  }

  undo(): Promise<StoredStep | undefined> {
    return this.#serial(async () => {
      const step = await undoStep();
      await this.refresh();
      return step;
    });
  }

  /** Undoes a recorded step only while it is still the latest (a toast's Undo button). */
  undoIfLatest(token: number | undefined): Promise<StoredStep | undefined> {
    return this.#serial(async () => {
      if (token === undefined) return undefined;
      const step = await undoStep(token);
      await this.refresh();
      return step;
    });
  }

  redo(): Promise<StoredStep | undefined> {
    return this.#serial(async () => {
      const step = await redoStep();
      await this.refresh();
      return step;
    });
  }
}

export const history = new History();

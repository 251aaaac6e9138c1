/**
 * Undo and redo. Every step is a pair of functions that each run one repository call
 * (one Dexie transaction); the screen follows the database through live queries, so
 * after any sequence of undo/redo what is shown is what is stored.
 */
export interface Step {
  /** Past-tense description for announcements: "Claim added". */
  label: string;
  redo: () => Promise<void>;
  undo: () => Promise<void>;
}

const LIMIT = 200;

class History {
  #done = $state<Step[]>([]);
  #undone = $state<Step[]>([]);
  #busy = false;

  get canUndo(): boolean {
    return this.#done.length > 0;
  }

  get canRedo(): boolean {
    return this.#undone.length > 0;
  }

  get undoLabel(): string | undefined {
    return this.#done.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.#undone.at(-1)?.label;
  }

  /** Runs a step for the first time and records it. */
  async run(step: Step): Promise<void> {
    await step.redo();
    this.record(step);
  }

  /** Records a step whose first run already happened. */
  record(step: Step): void {
    this.#done = [...this.#done.slice(-(LIMIT - 1)), step];
    this.#undone = [];
  }

  async undo(): Promise<Step | undefined> {
    if (this.#busy) return undefined;
    const step = this.#done.at(-1);
    if (!step) return undefined;
    this.#busy = true;
    try {
      await step.undo();
      this.#done = this.#done.slice(0, -1);
      this.#undone = [...this.#undone, step];
      return step;
    } finally {
      this.#busy = false;
    }
  }

  /** Undoes `step` only while it is still the latest change (a toast's Undo button). */
  async undoStep(step: Step): Promise<boolean> {
    if (this.#done.at(-1) !== step) return false;
    return (await this.undo()) === step;
  }

  async redo(): Promise<Step | undefined> {
    if (this.#busy) return undefined;
    const step = this.#undone.at(-1);
    if (!step) return undefined;
    this.#busy = true;
    try {
      await step.redo();
      this.#undone = this.#undone.slice(0, -1);
      this.#done = [...this.#done, step];
      return step;
    } finally {
      this.#busy = false;
    }
  }

  clear(): void {
    this.#done = [];
    this.#undone = [];
  }
}

export const history = new History();

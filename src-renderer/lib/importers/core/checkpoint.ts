/**
 * Long imports (hundreds of pages or chapters) check for cancellation between
 * parts. Parsing is synchronous, so the loop also yields to the event loop now
 * and then, or an abort requested meanwhile could never be seen.
 */
const YIELD_EVERY_MS = 50;

export function checkpoints(signal: AbortSignal | undefined): () => Promise<void> {
  let last = performance.now();
  return async () => {
    signal?.throwIfAborted();
    if (signal && performance.now() - last > YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
      signal.throwIfAborted();
    }
  };
}

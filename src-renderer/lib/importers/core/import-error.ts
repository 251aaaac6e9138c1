/**
 * The only error an importer lets out for bad input. `reason` is written for the
 * reader: what is wrong with the file and, when there is something to do, what.
 */
export class ImportError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`Cannot open “${file}”: ${reason}`, options);
    this.name = 'ImportError';
    this.file = file;
    this.reason = reason;
  }
}

/** Plain-words size for messages ("3.2 MB"). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

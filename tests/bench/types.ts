/** One row of the `npm run bench` table. */
export interface BenchRow {
  /** Area: "import", "anchoring", "export", "search", "reader", … */
  group: string;
  /** What was measured, in plain words ("import 1 MB plain text"). */
  name: string;
  value: number;
  /** "ms", "MB", "ops/s", "%". */
  unit: string;
  /** The target from the issue, when there is one. */
  target?: number;
  /** Whether the value must stay below (default) or above the target. */
  better?: 'lower' | 'higher';
  note?: string;
}

/** Each file in tests/bench/node/ default-exports one of these. */
export type BenchSuite = () => Promise<BenchRow[]>;

/** Median and 95th percentile of a list of timings. */
export function stats(samples: number[]): { median: number; p95: number; min: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

/** Runs fn `runs` times after `warmup` runs and returns the timings in ms. */
export async function time(fn: () => unknown | Promise<unknown>, runs = 5, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

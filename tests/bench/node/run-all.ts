/**
 * Runs every Node benchmark suite in this folder (or those named on the command line)
 * and prints their rows as JSON lines for scripts/bench.mjs to put in its table.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { BenchRow, BenchSuite } from '../types';

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  const mod = (await import(`./${file}`)) as { default: BenchSuite };
  try {
    const rows: BenchRow[] = await mod.default();
    for (const row of rows) console.log(JSON.stringify({ kind: 'row', ...row }));
  } catch (err) {
    console.log(JSON.stringify({ kind: 'error', suite: basename(file), message: String((err as Error)?.stack ?? err) }));
  }
}

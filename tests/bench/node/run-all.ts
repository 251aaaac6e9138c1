/**
 * Runs every Node benchmark suite in this folder (or those named on the command line)
 * and prints their rows as JSON lines for scripts/bench.mjs to put in its table.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { BenchRow, BenchSuite } from '../types';

// This package is CommonJS, so tsx compiles this file to CJS: no top-level await, and
// import.meta is empty there (hence the __dirname fallback).
const dir: string = import.meta.dirname ?? __dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

void (async () => {
  for (const file of files) {
    const mod = (await import(`./${file}`)) as { default: BenchSuite };
    try {
      const rows: BenchRow[] = await mod.default();
      for (const row of rows) console.log(JSON.stringify({ kind: 'row', ...row }));
    } catch (err) {
      console.log(JSON.stringify({ kind: 'error', suite: basename(file), message: String((err as Error)?.stack ?? err) }));
    }
  }
})();

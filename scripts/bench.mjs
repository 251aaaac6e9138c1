// `npm run bench`: every benchmark, in Node (pure modules) and in headless Chromium (the
// built app on 127.0.0.1, driven by playwright-core), printed as one table.
// `npm run bench -- node` or `-- browser` runs one half; more words filter the suites by
// name (Node suite files, browser groups: `npm run bench -- browser export`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { buildRenderer, serveRenderer } from './serve.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { browserBenchmarks } from './bench-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const half = ['node', 'browser'].includes(args[0]) ? args.shift() : 'all';
const rows = [];
const errors = [];

function nodeSuites() {
  console.error('Running the Node benchmarks…');
  const r = spawnSync('npx', ['tsx', 'tests/bench/node/run-all.ts', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const item = JSON.parse(line);
    if (item.kind === 'row') rows.push(item);
    else errors.push(`${item.suite}: ${item.message}`);
  }
  if (r.status !== 0) errors.push(`Node benchmarks exited with ${r.status}: ${r.stderr.slice(-2000)}`);
}

async function browserSuites() {
  const executablePath = findChromium();
  if (!executablePath) {
    errors.push('browser benchmarks skipped: no Chromium or Chrome found (set CHROME_PATH)');
    return;
  }
  console.error('Building the app and the benchmark page…');
  const outDir = resolve(root, '.vite/bench-app');
  await buildRenderer({ quiet: true, outDir });
  await build({ configFile: resolve(root, 'vite.bench.config.mts'), logLevel: 'error' });
  const { server, url } = await serveRenderer({ port: 0, strictPort: false, outDir });
  // Each measure gets a fresh profile on disk, as the app's own profile is. (A browser's
  // new contexts keep IndexedDB in memory, which in Chromium 150 writes ten times slower
  // than on disk once a store holds tens of thousands of records.)
  const dirs = new Map();
  const profiles = {
    async open(options = {}) {
      const dir = mkdtempSync(join(tmpdir(), 'cr-bench-'));
      const context = await chromium.launchPersistentContext(dir, {
        executablePath,
        args: [...chromiumArgs, '--enable-precise-memory-info'],
        ...options,
      });
      dirs.set(context, dir);
      return context;
    },
    async close(context) {
      await context.close();
      rmSync(dirs.get(context), { recursive: true, force: true });
      dirs.delete(context);
    },
  };
  try {
    console.error('Running the browser benchmarks…');
    rows.push(...(await browserBenchmarks(profiles, url, errors, args)));
  } catch (err) {
    errors.push(`browser benchmarks: ${err?.stack ?? err}`);
  } finally {
    for (const context of dirs.keys()) await profiles.close(context).catch(() => {});
    await server.close();
  }
}

function fmt(n) {
  if (n === undefined || n === null || Number.isNaN(n)) return '';
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function printTable() {
  const head = ['area', 'measure', 'value', 'target', 'status', 'note'];
  const body = rows.map((r) => {
    const better = r.better ?? 'lower';
    const ok = r.target === undefined ? '' : (better === 'lower' ? r.value <= r.target : r.value >= r.target) ? 'ok' : 'MISSED';
    const target = r.target === undefined ? '' : `${better === 'lower' ? '<' : '≥'} ${fmt(r.target)} ${r.unit}`;
    return [r.group, r.name, `${fmt(r.value)} ${r.unit}`, target, ok, r.note ?? ''];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' │ ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const b of body) console.log(line(b));
  const missed = body.filter((b) => b[4] === 'MISSED').length;
  console.log(`\n${rows.length} measures, ${missed} missed target${missed === 1 ? '' : 's'}.`);
  for (const e of errors) console.log(`error: ${e}`);
}

if (half !== 'browser') nodeSuites();
if (half !== 'node') await browserSuites();
printTable();
process.exit(errors.length ? 1 : 0);

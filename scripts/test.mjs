// `npm test`: the whole suite, in order: type check, unit tests (Node), browser tests
// (Vitest in Chromium), a production build, then end-to-end tests in Chromium.
// Every step runs even when an earlier one fails, and a summary says which failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const browser = chromiumPath();
if (!existsSync(browser)) {
  console.error(`No Chromium or Chrome at ${browser}. Install one (Debian: apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const steps = [
  ['type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['browser tests', 'npx', ['vitest', 'run', '--project', 'browser']],
  ['build', 'npx', ['vite', 'build', '--config', 'vite.renderer.config.mts', '--logLevel', 'warn']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: browser } });
  results.push({ name, ok: r.status === 0, seconds: (Date.now() - t0) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(18)} ${r.seconds.toFixed(1)} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

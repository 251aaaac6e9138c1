// `npm start`: the Electron app when its binary is here (or can be fetched); otherwise,
// say so in one line and run the web shell in a Chromium/Chrome app window.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildRenderer, serveRenderer } from './serve.mjs';
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');

/** True when node_modules/electron has its binary, without triggering a download. */
export function electronBinaryPresent() {
  const dir = resolve(root, 'node_modules/electron');
  const pathFile = resolve(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(resolve(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

async function electronCanBeFetched() {
  // Electron fetches its binary on first run from its release host; try to reach it briefly.
  const host = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/';
  try {
    const ctrl = AbortSignal.timeout(3000);
    const res = await fetch(host, { method: 'HEAD', signal: ctrl });
    return res.status < 500;
  } catch {
    return false;
  }
}

function run(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
  child.on('exit', (code) => process.exit(code ?? 0));
  return child;
}

if (electronBinaryPresent() || (await electronCanBeFetched())) {
  run('npx', ['electron-forge', 'start'], { cwd: root });
} else {
  console.log('Electron is not available on this machine (its binary cannot be downloaded here): starting the web shell instead.');
  await buildRenderer({ quiet: true });
  const { url } = await serveRenderer({ port: Number(process.env.PORT ?? 5173), strictPort: false });
  console.log(`Close Reader: ${url}`);
  const browser = findChromium();
  if (browser) {
    const profile = resolve(root, '.vite/web-profile');
    // Chromium refuses to run as root without --no-sandbox (containers, CI machines).
    const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const args = [...asRoot, '--no-first-run', '--disable-sync', `--user-data-dir=${profile}`, `--app=${url}`];
    spawn(browser, args, { stdio: 'ignore' });
  } else {
    console.log('No Chromium or Chrome found: open the address above in a browser.');
  }
}

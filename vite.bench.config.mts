import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { define } from './vite.shared.mts';

// The benchmark helper page (tests/bench/browser), served beside the app by scripts/bench.mjs
// so that both share one origin and so one IndexedDB. Never part of the app's build.
export default defineConfig({
  root: resolve(import.meta.dirname, 'tests/bench/browser'),
  base: './',
  define,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '.vite/bench-app/__bench'),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
});

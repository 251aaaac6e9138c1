// Builds the renderer (unless told not to) and serves it on 127.0.0.1 with the app's
// Content-Security-Policy as a header too. Used by `npm run web`, `npm start`'s
// fallback, the end-to-end tests and the benchmarks.
import { build, preview } from 'vite';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from './csp.mjs';

const root = resolve(import.meta.dirname, '..');
const config = resolve(root, 'vite.renderer.config.mts');

/** Builds the renderer (into `outDir` instead of the usual folder when given). */
export async function buildRenderer({ quiet = false, outDir } = {}) {
  await build({
    configFile: config,
    logLevel: quiet ? 'error' : 'warn',
    mode: 'production',
    ...(outDir ? { build: { outDir } } : {}),
  });
}

/** Serves the built renderer (or `outDir`); resolves with the server and its URL. */
export async function serveRenderer({ port = 5173, strictPort = true, outDir } = {}) {
  const server = await preview({
    configFile: config,
    logLevel: 'error',
    ...(outDir ? { build: { outDir } } : {}),
    preview: {
      host: '127.0.0.1',
      port,
      strictPort,
      open: false,
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(false),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return { server, url };
}

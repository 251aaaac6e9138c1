import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from './scripts/csp.mjs';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

/** Compile-time constants shared by the app build and the tests. */
export const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

/** Svelte with runes forced for the project's own files only (TOOLCHAIN.md). */
export function sveltePlugin(): Plugin[] {
  return svelte({
    dynamicCompileOptions: ({ filename }) =>
      filename.includes('node_modules') ? undefined : { runes: true },
  });
}

export { contentSecurityPolicy };

export function cspPlugin(): Plugin {
  let dev = false;
  return {
    name: 'close-reader:csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('%CONTENT_SECURITY_POLICY%', contentSecurityPolicy(dev));
    },
  };
}

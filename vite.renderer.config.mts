import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { resolve } from 'node:path';
import { cspPlugin, define, sveltePlugin } from './vite.shared.mts';

const root = resolve(import.meta.dirname, 'src-renderer');

// Forge's Vite plugin and the web shell both build the renderer with this file.
export default defineConfig({
  root,
  base: './',
  define,
  publicDir: resolve(import.meta.dirname, 'assets/public'),
  plugins: [
    sveltePlugin(),
    cspPlugin(),
    VitePWA({
      // Registered by lib/platform/web.ts only when the app runs as a web app.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Close Reader',
        short_name: 'Close Reader',
        description: 'Close reading, offline: highlight claims, evidence and opinions, link them, export annotation sets.',
        theme_color: '#f7f3ea',
        background_color: '#f7f3ea',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,woff2,png,svg,txt,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: {
    fs: { allow: [import.meta.dirname] },
  },
  build: {
    // Absolute: with `root` set, a relative outDir would land inside src-renderer.
    outDir: resolve(import.meta.dirname, '.vite/renderer/main_window'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2048,
  },
  worker: { format: 'es' },
});

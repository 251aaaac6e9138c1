import { defineConfig } from 'vite';

// A sandboxed preload can require only 'electron': Forge's Vite plugin bundles the rest
// into one CommonJS file (inlineDynamicImports); Node built-ins would fail at runtime.
export default defineConfig({
  build: {
    target: 'chrome140',
    sourcemap: true,
  },
});

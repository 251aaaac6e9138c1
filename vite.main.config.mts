import { defineConfig } from 'vite';

// Forge's Vite plugin supplies the entry, CommonJS output into .vite/build and Electron and
// Node built-ins as externals; everything else the main process imports is bundled in,
// because the packaged app contains nothing but .vite/.
export default defineConfig({
  build: {
    target: 'node22',
    sourcemap: true,
  },
});

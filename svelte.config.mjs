// Read by svelte-check and the Svelte language server; the Vite configs pass the same options.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
};

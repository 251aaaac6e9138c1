/// <reference types="svelte" />
/// <reference types="vite/client" />

/** package.json version, defined by the Vite config. */
declare const __APP_VERSION__: string;

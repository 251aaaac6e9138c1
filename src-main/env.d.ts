// Constants that Forge's Vite plugin defines in the main bundle. The dev server URL is only
// defined by `electron-forge start`; a production build replaces it with `undefined`.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

declare module 'electron-squirrel-startup' {
  /** True when Squirrel.Windows launched the app to install or remove shortcuts: quit at once. */
  const handledSquirrelEvent: boolean;
  export default handledSquirrelEvent;
}


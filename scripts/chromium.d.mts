/** CHROME_PATH when set, else the first browser found, else the Debian default. */
export function chromiumPath(): string;
/** The browser's path when it exists on this machine. */
export function findChromium(): string | undefined;
/** Flags for Chromium as root on a closed network. */
export const chromiumArgs: string[];

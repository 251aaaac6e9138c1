/**
 * Where the app's own pages live. Pages from these origins are the only ones that may be
 * navigated to and the only ones whose IPC messages are answered.
 */

export const APP_SCHEME = 'app';
/**
 * IndexedDB is keyed by origin: changing the scheme or this host would leave every reader's
 * library behind, so both are fixed for good.
 */
export const APP_HOST = 'close-reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. Node's URL reports the
 * origin of a custom scheme as "null", so it is built from its parts.
 */
function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { protocol, host } = new URL(url);
  return host ? `${protocol}//${host}` : null;
}

/** Our own origin, plus the Vite dev server's while developing. */
export function trustedOrigins(devServerUrl: string | undefined): readonly string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

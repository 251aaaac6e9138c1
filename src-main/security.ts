import { BrowserWindow, type Session, type WebContents } from 'electron';
import { confirmAndOpenExternal, externalLink } from './external-links';
import { isTrustedUrl } from './origin';

/**
 * The only permissions granted, and only to our own pages: keeping the reader's library from
 * being evicted under disk pressure, and copying a quotation to the clipboard. Everything
 * else (camera, location, notifications, clipboard reading, devices...) is refused.
 */
const GRANTED_TO_APP = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  origins: readonly string[],
): boolean {
  return GRANTED_TO_APP.has(permission) && isTrustedUrl(requestingUrl, origins);
}

// data: and blob: URLs are made in the page itself and never touch the network.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);
// The dev server's hot-reload socket shares its host.
const SOCKET_OF: Readonly<Record<string, string>> = { 'http:': 'ws:', 'https:': 'wss:' };

/**
 * Whether the session may load a URL: our own origins (the app scheme, and the Vite dev
 * server with its socket while developing) and local-only schemes. Nothing else: no network.
 */
export function isRequestAllowed(url: string, origins: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, host } = new URL(url);
  if (LOCAL_SCHEMES.has(protocol)) return true;
  return origins.some((origin) => {
    const allowed = new URL(origin);
    return allowed.host === host && (allowed.protocol === protocol || SOCKET_OF[allowed.protocol] === protocol);
  });
}

function withPolicy(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}

/** Applies the CSP, the request filter and the permission policy to a session. */
export function hardenSession(
  ses: Session,
  { origins, csp }: { origins: readonly string[]; csp: string },
): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withPolicy(details.responseHeaders, csp) });
  });
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, origins) });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, origins));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, origins),
  );
  ses.setDevicePermissionHandler(() => false);
}

function offerExternal(contents: WebContents, url: string): void {
  if (externalLink(url) === null) return;
  confirmAndOpenExternal(url, BrowserWindow.fromWebContents(contents)).catch((error: unknown) => {
    console.error('Could not open the link', error);
  });
}

/**
 * Keeps a web contents on our own pages: navigation away, redirects, new windows and
 * <webview> are refused. A web or mail link the reader clicks is offered to the system
 * browser instead, after a confirmation that names it.
 */
export function guardWebContents(contents: WebContents, origins: readonly string[]): void {
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, origins)) return;
    event.preventDefault();
    offerExternal(contents, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(contents, url);
    return { action: 'deny' };
  });
}

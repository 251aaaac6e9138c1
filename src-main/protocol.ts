import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { mimeTypeFor } from './mime-types';
import { APP_HOST, APP_SCHEME } from './origin';
import { resolveInside } from './path-guard';

/**
 * Must run before the app is ready. `standard` gives the scheme real origins (IndexedDB,
 * relative URLs), `secure` makes it a secure context, `supportFetchAPI` lets the renderer
 * fetch its own assets (pdf.js fonts, samples), `codeCache` keeps startup fast.
 */
export function registerPrivilegedScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/**
 * Serves files of `root` (the built renderer) for `app://close-reader/...`. The CSP is set
 * here as well as by the session, because custom-protocol responses do not pass through
 * every webRequest hook.
 */
export function createAppRequestHandler(
  root: string,
  csp: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not Found');
    const resolved = await resolveInside(root, url.pathname);
    if (!resolved.ok) return plain(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not Found');
    const body = request.method === 'HEAD' ? null : await readFile(resolved.path);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(resolved.path),
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
      },
    });
  };
}

export function registerAppProtocol(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root, csp));
}

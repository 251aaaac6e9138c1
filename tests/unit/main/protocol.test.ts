import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, protocol } from './fakes/electron';
import {
  createAppRequestHandler,
  registerAppProtocol,
  registerPrivilegedScheme,
} from '../../../src-main/protocol';

vi.mock('electron', () => import('./fakes/electron'));

const CSP = "default-src 'self'";
let root: string;
let handle: (request: Request) => Promise<Response>;

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'pdf.worker.min.mjs': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
  'engine.wasm': 'application/wasm',
  'literata.woff2': 'font/woff2',
  'manifest.webmanifest': 'application/manifest+json; charset=utf-8',
  'sample.txt': 'text/plain; charset=utf-8',
  'icon.svg': 'image/svg+xml',
  'icon.png': 'image/png',
  'data.bcmap': 'application/octet-stream',
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cr-protocol-'));
  mkdirSync(join(root, 'assets'));
  for (const name of Object.keys(FILES)) writeFileSync(join(root, 'assets', name), `contents of ${name}`);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Close Reader</title>');
  handle = createAppRequestHandler(root, CSP);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => fake.reset());

describe('the app:// request handler', () => {
  it.each(Object.entries(FILES))('serves %s as %s', async (name, type) => {
    const response = await handle(new Request(`app://close-reader/assets/${name}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toBe(`contents of ${name}`);
  });

  it('serves index.html for the root, with the CSP and nosniff', async () => {
    const response = await handle(new Request('app://close-reader/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Close Reader</title>');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://close-reader/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it('refuses traversal with 403', async () => {
    // The URL parser already folds "..", so this reaches the guard as an encoded slash.
    const response = await handle(new Request('app://close-reader/assets/..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Forbidden');
  });

  it('answers 404 for missing files and for other hosts', async () => {
    expect((await handle(new Request('app://close-reader/nope.js'))).status).toBe(404);
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://close-reader/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('registration', () => {
  it('registers app: as a standard, secure, fetchable scheme with code cache', () => {
    registerPrivilegedScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('handles app: with a handler serving the given root', async () => {
    registerAppProtocol(root, CSP);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://close-reader/index.html'))).status).toBe(200);
  });
});

import { extname } from 'node:path';

/**
 * The types of what the renderer build contains. A short explicit table rather than a
 * general database: anything unexpected is served as opaque bytes (with `nosniff`), so the
 * renderer never runs a file as script or style by accident.
 */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

const FALLBACK_TYPE = 'application/octet-stream';

export function mimeTypeFor(filePath: string): string {
  return TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_TYPE;
}

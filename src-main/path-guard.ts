import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export type Resolution =
  | { ok: true; path: string }
  | { ok: false; status: 403 | 404; reason: string };

// Encoded dots, slashes, backslashes and NUL have no business in a URL for a built file:
// refusing them outright avoids reasoning about double decoding.
const ENCODED_SEPARATOR = /%(2e|2f|5c|00)/i;
const DRIVE_LETTER = /^[a-z]:/i;

function refuse(reason: string): Resolution {
  return { ok: false, status: 403, reason };
}

function isOutside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * Maps the path of an `app://` URL to a file inside `root`, or says why not: 403 for any
 * attempt to leave the root (`..`, encoded traversal, absolute paths, backslashes, NUL,
 * symlinks pointing outside), 404 for what is not a file there.
 */
export async function resolveInside(root: string, urlPath: string): Promise<Resolution> {
  if (ENCODED_SEPARATOR.test(urlPath)) return refuse('encoded separator or dot');
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return refuse('malformed percent-encoding');
  }
  if (decoded.includes('\\')) return refuse('backslash');
  if (decoded.includes('\0')) return refuse('NUL byte');
  const rel = decoded.startsWith('/') ? decoded.slice(1) : decoded;
  if (rel.startsWith('/') || DRIVE_LETTER.test(rel)) return refuse('absolute path');
  if (rel.split('/').includes('..')) return refuse('parent directory segment');

  const wanted = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  const candidate = join(root, wanted);
  if (isOutside(root, candidate)) return refuse('outside the root');

  let realRoot: string;
  let realCandidate: string;
  try {
    realRoot = await realpath(root);
    realCandidate = await realpath(candidate);
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (isOutside(realRoot, realCandidate)) return refuse('symlink leaves the root');
  const info = await stat(realCandidate);
  if (!info.isFile()) return { ok: false, status: 404, reason: 'not a file' };
  return { ok: true, path: realCandidate };
}

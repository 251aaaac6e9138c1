/**
 * File bytes to a JSON value: a zip holding `set.json` (large Close Reader sets) or JSON
 * text, decoded strictly and parsed so that no key can reach an object's prototype.
 */
import { unzipSync } from 'fflate';
import { bomEncoding } from '../core/decode-text';
import { SetImportError } from './errors';
import { MAX_JSON_BYTES } from './limits';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK", then 03 04 (entries) or 05 06 (empty archive)
export const SET_ENTRY = 'set.json';

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === ZIP_MAGIC[0] &&
    bytes[1] === ZIP_MAGIC[1] &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Only `set.json` is inflated, and only when the size its header declares is within the
 * limit. fflate inflates into a buffer of exactly that declared size, so an entry that
 * lies about its size cannot grow past it (a zip bomb yields truncated, invalid JSON).
 */
function unzipSet(fileName: string, bytes: Uint8Array): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name !== SET_ENTRY) return false;
        if (entry.originalSize > MAX_JSON_BYTES) {
          throw new SetImportError(
            fileName,
            `${SET_ENTRY} inside the zip would unpack to ${megabytes(entry.originalSize)}, more than the ${megabytes(MAX_JSON_BYTES)} allowed`,
          );
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof SetImportError) throw err;
    throw new SetImportError(fileName, `is a damaged zip file (${(err as Error).message})`);
  }
  const entry = files[SET_ENTRY];
  if (!entry) throw new SetImportError(fileName, `is a zip file without ${SET_ENTRY} at its top level, so it is not a Close Reader set`);
  return entry;
}

function decodeText(fileName: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_JSON_BYTES) {
    throw new SetImportError(fileName, `is ${megabytes(bytes.length)} of JSON, more than the ${megabytes(MAX_JSON_BYTES)} allowed`);
  }
  const encoding = bomEncoding(bytes);
  try {
    return new TextDecoder(encoding === 'utf-16le' || encoding === 'utf-16be' ? encoding : 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SetImportError(fileName, 'is not UTF-8 text, so it cannot be JSON');
  }
}

// Keys that could reach a prototype. JSON.parse makes them plain own keys, but a later
// spread or assignment could still use them; they are dropped before anything sees them.
const RISKY_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// The reviver is three times slower than a plain parse: use it only when one of the keys, or
// a \u escape of a printable ASCII character (which could spell one), appears in the text.
const MAYBE_RISKY = /__proto__|constructor|prototype|\\u00[2-7]/;

function dropRiskyKeys(key: string, value: unknown): unknown {
  return RISKY_KEYS.has(key) ? undefined : value;
}

function parseJson(fileName: string, text: string): unknown {
  if (!text.trim()) throw new SetImportError(fileName, 'is empty');
  try {
    return MAYBE_RISKY.test(text) ? JSON.parse(text, dropRiskyKeys) : JSON.parse(text);
  } catch (err) {
    const reason = err instanceof RangeError ? 'it is nested too deeply' : (err as Error).message;
    throw new SetImportError(fileName, `is not valid JSON (${reason})`);
  }
}

/** The JSON value of an annotation file; throws SetImportError when there is none. */
export function readJson(fileName: string, bytes: Uint8Array): { value: unknown; zipped: boolean } {
  const zipped = isZip(bytes);
  const json = zipped ? unzipSet(fileName, bytes) : bytes;
  return { value: parseJson(fileName, decodeText(fileName, json)), zipped };
}

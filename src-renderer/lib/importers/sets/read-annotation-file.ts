/**
 * The entry point for an annotation file: bytes in, a checked ParsedSet out, or a
 * SetImportError that says what is wrong. Nothing is matched or stored here.
 */
import { SET_FORMAT } from '../../model';
import { SetImportError } from './errors';
import { readJson } from './decode';
import type { AnnotationFileFormat, ParsedSet } from './parsed-set';
import { readCloseReaderSet } from './read-close-reader-set';
import { readHypothesis } from './read-hypothesis';
import { readW3c } from './read-w3c';
import { typesOf } from './w3c-pages';

const W3C_TYPES = new Set(['Annotation', 'oa:Annotation', 'AnnotationPage', 'AnnotationCollection']);

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const looksW3c = (x: unknown) => isObject(x) && ('@context' in x || typesOf(x).some((t) => W3C_TYPES.has(t)));
const looksHypothesis = (x: unknown) => isObject(x) && typeof x.uri === 'string' && 'user' in x && Array.isArray(x.target);

/** Which reader a JSON value is for, judged on its outer shape (and the first item of a list). */
export function detectFormat(value: unknown): AnnotationFileFormat | undefined {
  if (Array.isArray(value)) {
    if (!value.length || looksW3c(value[0])) return 'w3c';
    return looksHypothesis(value[0]) ? 'hypothesis' : undefined;
  }
  if (!isObject(value)) return undefined;
  if (value.format === SET_FORMAT) return 'close-reader-set';
  if (looksW3c(value)) return 'w3c';
  return Array.isArray(value.rows) ? 'hypothesis' : undefined;
}

export async function readAnnotationFile(fileName: string, bytes: Uint8Array): Promise<ParsedSet> {
  const { value, zipped } = readJson(fileName, bytes);
  const format = detectFormat(value);
  if (zipped && format !== 'close-reader-set') {
    throw new SetImportError(fileName, 'is a zip whose set.json is not a Close Reader set');
  }
  switch (format) {
    case 'close-reader-set':
      return readCloseReaderSet(fileName, value, zipped);
    case 'w3c':
      return readW3c(fileName, value);
    case 'hypothesis':
      return readHypothesis(fileName, value);
    default:
      throw new SetImportError(fileName, 'This file is not a Close Reader set, a W3C Web Annotation file or a Hypothesis export');
  }
}

/**
 * The MUST assertions of the W3C Web Annotation test suite (vendored in
 * tests/fixtures/conformance/w3c), run with a draft-04 validator as the suite's own
 * harness does: every assertion listed in a `.test` file must give its expected result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv-draft-04';

export const SUITE = join(import.meta.dirname, '../../../fixtures/conformance/w3c');

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

interface Assertion {
  file: string;
  expected: 'valid' | 'invalid';
  message: string;
  validate: ValidateFunction;
}

function loadAssertions(): Record<'annotation' | 'collection' | 'page', Assertion[]> {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const defs = join(SUITE, 'definitions');
  for (const f of readdirSync(defs)) ajv.addSchema(readJson(join(defs, f)));
  const load = (testFile: string): Assertion[] => {
    const list: string[] = readJson(join(SUITE, testFile)).assertions;
    if (!list.length) throw new Error(`${testFile} lists no assertions`);
    return list.map((file) => {
      const schema = readJson(join(SUITE, file));
      return { file, expected: schema.expectedResult, message: schema.errorMessage, validate: ajv.compile(schema) };
    });
  };
  return {
    annotation: load('annotations/annotationMusts.test'),
    collection: load('collections/collectionMusts.test'),
    page: load('collections/pages/pageMusts.test'),
  };
}

let cache: ReturnType<typeof loadAssertions> | undefined;
export function assertions() {
  return (cache ??= loadAssertions());
}

/** The assertions of a kind that `value` fails, as "file: message" lines. */
export function failedMusts(kind: 'annotation' | 'collection' | 'page', value: unknown): string[] {
  return assertions()[kind]
    .filter((a) => a.validate(value) !== (a.expected === 'valid'))
    .map((a) => `${a.file}: ${a.message}`);
}

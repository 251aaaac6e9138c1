/**
 * Valibot building blocks shared by the three file formats, and the one place where a
 * failed check becomes a SetImportError naming the item, the field and the problem.
 */
import * as v from 'valibot';
import { describeValue, fail, joinPath, type Where } from './errors';
import { MAX_LIST_LENGTH, MAX_STRING_LENGTH } from './limits';
import { isoMillis } from './time';

export const text = v.pipe(
  v.string(),
  v.maxLength(MAX_STRING_LENGTH, `is longer than ${MAX_STRING_LENGTH.toLocaleString('en')} characters`),
);

export const nonEmptyText = v.pipe(text, v.minLength(1, 'must not be empty'));

export const offset = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(MAX_STRING_LENGTH, `must not be above ${MAX_STRING_LENGTH.toLocaleString('en')}`),
);

export const isoTime = v.pipe(
  text,
  v.check((s) => isoMillis(s) !== undefined, 'must be an ISO 8601 date and time, such as 2024-05-01T12:00:00Z'),
);

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuid = v.pipe(v.string(), v.regex(UUID_PATTERN, 'must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e'));

export const SHA256_PATTERN = /^[0-9a-f]{64}$/i;

export function list<T extends v.GenericSchema>(item: T, max = MAX_LIST_LENGTH) {
  return v.pipe(v.array(item), v.maxLength(max, `has more than ${max.toLocaleString('en')} entries`));
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (JSON array)',
  object: 'an object',
};

function problemOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema') return issue.message;
  // Valibot reports a missing key as an object issue whose expected value is the key.
  if (issue.type === 'object' && issue.expected?.startsWith('"')) return 'is missing';
  const choices = issue.type === 'picklist' ? issue.expected?.replace(/^\((.*)\)$/, '$1').split(' | ') : undefined;
  const expected = choices ? `one of ${choices.join(', ')}` : (EXPECTED[issue.type] ?? issue.expected ?? issue.type);
  return `must be ${expected} (got ${describeValue(issue.input)})`;
}

/**
 * The path of `keys` as the file writes it. A value written as one item where a list is
 * allowed, or as a bare string where an object is allowed, is read as a list or an object
 * (see oneOrMany, orString); the index or key that reading added is not in the file.
 */
export function writtenPath(root: unknown, keys: readonly (string | number)[]): (string | number)[] {
  const out: (string | number)[] = [];
  let cur = root;
  for (const key of keys) {
    if ((typeof key === 'number' && !Array.isArray(cur)) || typeof cur === 'string') continue;
    out.push(key);
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

/** Where the value at `keys` inside `raw` (itself at `where`) sits in the file. */
export function locate(raw: unknown, where: Where, ...keys: (string | number)[]): Where {
  return { ...where, path: joinPath(where.path, ...writtenPath(raw, keys)) };
}

/** The checked output of `schema`, or a SetImportError for the first thing wrong in `value`. */
export function validate<S extends v.GenericSchema>(schema: S, value: unknown, where: Where): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  return fail(locate(value, where, ...keys), problemOf(issue));
}

/** One item or a list of them (W3C allows both for most fields), read as a list. */
export function oneOrMany<T extends v.GenericSchema>(item: T) {
  return v.pipe(
    v.unknown(),
    v.transform((x): unknown[] => (Array.isArray(x) ? x : [x])),
    list(item),
  );
}

/** An object that a file may also write as a bare string (an IRI, a name): the string becomes `{[key]: string}`. */
export function orString<T extends v.GenericSchema>(key: string, schema: T) {
  return v.pipe(
    v.unknown(),
    v.transform((x) => (typeof x === 'string' ? { [key]: x } : x)),
    schema,
  );
}

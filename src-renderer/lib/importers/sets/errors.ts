/**
 * The one error an annotation file can raise. Its message is written for the person who
 * chose the file: which file, which item, which field, and what is wrong with it.
 */

export class SetImportError extends Error {
  override name = 'SetImportError';

  constructor(
    readonly fileName: string,
    /** What is wrong, without the file name. */
    readonly detail: string,
  ) {
    super(`${fileName}: ${detail}`);
  }
}

/** Where a value sits in the file: the item a person would recognise, and the JSON path. */
export interface Where {
  fileName: string;
  /** JSON path of the value, e.g. `annotations[17]`; '' for the top level. */
  path: string;
  /** "annotation 17 (id urn:uuid:…)", shown before the path. */
  item?: string;
}

export function fail(where: Where, problem: string): never {
  const field = where.path ? `${where.path} ${problem}` : problem;
  throw new SetImportError(where.fileName, where.item ? `${where.item}: ${field}` : field);
}

// Paths are built for every field read, error or not: the few distinct keys are checked once.
const plainKeys = new Map<string, boolean>();
const isPlainKey = (key: string) => {
  let plain = plainKeys.get(key);
  if (plain === undefined && plainKeys.size < 1000) plainKeys.set(key, (plain = /^[A-Za-z_$@][\w$]*$/.test(key)));
  return plain ?? /^[A-Za-z_$@][\w$]*$/.test(key);
};

/** `base` extended by object keys and array indexes, written as JavaScript would. */
export function joinPath(base: string, ...keys: (string | number)[]): string {
  let out = base;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (isPlainKey(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** "annotation 17 (id urn:uuid:…)" when the item has a usable id. */
export function itemName(kind: string, index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? `${kind} ${index} (id ${clip(id)})` : `${kind} ${index}`;
}

export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as a message shows it: short values as written, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return typeof value === 'string' ? clip(JSON.stringify(value), 40) : String(value);
}

import * as v from 'valibot';
import { MAX_URL_LENGTH } from '../external-links';
import type { FileFilter, OpenOptions, SaveOptions } from '../../src-renderer/lib/platform/types';

/** A file may be up to this large, in either direction. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** All files opened at once together. */
export const MAX_TOTAL_BYTES = 500 * 1024 * 1024;
const MAX_FILE_NAME_LENGTH = 255;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const FileFilterSchema = v.strictObject({
  name: text(100),
  extensions: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension is letters and digits, without the dot'))),
    v.minLength(1),
    v.maxLength(50),
  ),
}) satisfies v.GenericSchema<unknown, FileFilter>;
const FiltersSchema = v.pipe(v.array(FileFilterSchema), v.maxLength(20));

export const OpenOptionsSchema = v.strictObject({
  title: text(200),
  filters: FiltersSchema,
  multiple: v.boolean(),
}) satisfies v.GenericSchema<unknown, OpenOptions>;

export const SaveOptionsSchema = v.strictObject({
  title: text(200),
  suggestedName: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(MAX_FILE_NAME_LENGTH),
    // A suggested name is a name, never a path: the reader chooses the folder.
    v.regex(/^[^/\\:\0]+$/, 'the suggested name must not contain / \\ : or NUL'),
  ),
  bytes: v.pipe(
    v.instance(Uint8Array),
    v.check((bytes) => bytes.byteLength <= MAX_FILE_BYTES, `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`),
  ),
  filters: FiltersSchema,
}) satisfies v.GenericSchema<unknown, SaveOptions>;

export const ExternalUrlSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_URL_LENGTH));

/**
 * Sizes past which a file is refused rather than read: far above any real annotation set,
 * low enough that a hostile file cannot exhaust memory or hang the app.
 */

/** Characters in any one string (a note, a quote, a document text). */
export const MAX_STRING_LENGTH = 10 * 1024 * 1024;

/** Annotations in one file. */
export const MAX_ANNOTATIONS = 2_000_000;

/** Entries in any other list (documents, blocks, labels, selectors, pages). */
export const MAX_LIST_LENGTH = 2_000_000;

/** Bytes of JSON, read directly or out of a zip (V8 strings stop near 512 MiB). */
export const MAX_JSON_BYTES = 400 * 1024 * 1024;

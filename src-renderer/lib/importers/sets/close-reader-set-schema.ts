/** Valibot schemas of the Close Reader set (`CloseReaderSet` in lib/model/set.ts), item by item. */
import * as v from 'valibot';
import type { BlockKind } from '../../model';
import { CUES, SET_FORMAT } from '../../model';
import { MAX_ANNOTATIONS } from './limits';
import { isoTime, list, nonEmptyText, offset, text, uuid } from './schema-kit';

const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'list-item', 'preformatted', 'page'] as const satisfies readonly BlockKind[];

const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));

const block = v.object({
  kind: v.picklist(BLOCK_KINDS),
  start: offset,
  end: offset,
  level: v.optional(v.pipe(count, v.minValue(1, 'must be 1 or more'))),
  ordered: v.optional(v.boolean()),
});

export const documentSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the text, 64 lower-case hexadecimal digits')),
  title: text,
  source: v.object({
    fileName: text,
    mediaType: text,
    importedAt: isoTime,
    size: v.optional(count),
  }),
  meta: v.object({
    author: v.optional(text),
    date: v.optional(text),
    publisher: v.optional(text),
    url: v.optional(text),
    language: v.optional(text),
    section: v.optional(text),
  }),
  wordCount: count,
  charCount: count,
  addedAt: isoTime,
  labelSetId: nonEmptyText,
  sample: v.optional(v.boolean()),
  text,
  blocks: list(block),
});

const label = v.object({
  id: nonEmptyText,
  name: nonEmptyText,
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb')),
  cue: v.picklist(CUES),
  key: text,
  letter: v.optional(text),
  description: text,
});

export const labelSetSchema = v.object({
  id: nonEmptyText,
  name: text,
  labels: list(label),
  relations: list(nonEmptyText),
});

export const quoteSchema = v.object({ exact: text, prefix: text, suffix: text });

export const annotationSchema = v.object({
  id: uuid,
  documentId: nonEmptyText,
  start: offset,
  end: offset,
  quote: quoteSchema,
  label: text,
  note: text,
  links: list(v.object({ relation: nonEmptyText, to: nonEmptyText })),
  author: text,
  created: isoTime,
  modified: isoTime,
  deleted: v.optional(v.literal(false)),
  status: v.picklist(['exact', 'approximate', 'orphan']),
  score: v.optional(v.pipe(v.number(), v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1'))),
  sourceUrl: v.optional(text),
});

/** A deletion needs no more than this; the rest of a full record is allowed and ignored. */
export const tombstoneSchema = v.object({
  id: uuid,
  documentId: nonEmptyText,
  modified: isoTime,
  deleted: v.literal(true),
  author: v.optional(text),
});

/** The envelope, checked before any item so that a wrong file fails fast. */
export const setEnvelopeSchema = v.object({
  format: v.literal(SET_FORMAT),
  version: v.number(),
  exportedAt: isoTime,
  generator: text,
  documents: list(v.unknown()),
  labelSets: list(v.unknown()),
  annotations: list(v.unknown(), MAX_ANNOTATIONS),
});

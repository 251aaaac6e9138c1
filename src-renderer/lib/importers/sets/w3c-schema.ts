/**
 * One valibot schema for a whole W3C annotation (the anno.jsonld compact form), so each
 * annotation is checked in a single pass. Fields the model allows as one value or a list
 * are read as lists; resources written as a bare IRI are read as `{id}`.
 */
import * as v from 'valibot';
import { isoTime, nonEmptyText, oneOrMany, orString, text } from './schema-kit';
import { selectorSchema } from './selectors';

const resource = orString('id', v.object({ id: nonEmptyText }));

const source = orString('id', v.object({ id: nonEmptyText, via: v.optional(oneOrMany(resource)) }));

const target = orString(
  'id',
  v.object({
    id: v.optional(nonEmptyText),
    source: v.optional(source),
    scope: v.optional(resource),
    selector: v.optional(oneOrMany(selectorSchema)),
  }),
);

const body = orString(
  'id',
  v.object({
    id: v.optional(text),
    value: v.optional(text),
    purpose: v.optional(oneOrMany(text)),
    source: v.optional(resource),
  }),
);

const agent = orString(
  'name',
  v.object({ name: v.optional(oneOrMany(text)), nickname: v.optional(text), id: v.optional(text) }),
);

export const w3cAnnotationSchema = v.object({
  id: v.optional(nonEmptyText),
  type: oneOrMany(text),
  motivation: v.optional(oneOrMany(text)),
  body: v.optional(oneOrMany(body)),
  bodyValue: v.optional(text),
  target: oneOrMany(target),
  creator: v.optional(oneOrMany(agent)),
  created: v.optional(isoTime),
  modified: v.optional(isoTime),
});

export type W3cAnnotation = v.InferOutput<typeof w3cAnnotationSchema>;
export type W3cBody = NonNullable<W3cAnnotation['body']>[number];
export type W3cTarget = W3cAnnotation['target'][number];

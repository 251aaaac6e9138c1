/**
 * One Close Reader annotation as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/),
 * and one link between two annotations as a linking annotation. The mapping, field by field:
 *
 * - `id`: `urn:uuid:<annotation id>` (an id that is not a UUID: `urn:uuid:` of a name-based UUID of it).
 * - `motivation`: "classifying" (the reader classes the passage as claim, evidence…).
 * - `creator`: `{type: "Person", name: author}`, left out when the author is empty.
 * - `created`, `modified`: as stored; `generator` (`{type: "Software", name}`) and `generated`
 *   (the export time) say which app wrote the file and when.
 * - `body`: the label twice over: a TextualBody with purpose "tagging" and the label's name
 *   as `value` (for people and tag-reading tools), and a SpecificResource with purpose
 *   "classifying" whose `source` is `urn:close-reader:label:<label set id>:<label id>`
 *   (each part percent-encoded; a label found in no set has an empty set id), which
 *   survives a rename. (An `id` on the TextualBody would say the same, but the W3C test
 *   suite takes any body with an `id` and a `purpose` for an External Web Resource, which
 *   may not have a purpose.) Then, when there is a note, a TextualBody with purpose
 *   "commenting", `format` "text/markdown", the note as `value`.
 * - `target`: a SpecificResource whose `source` is the document as an embedded resource:
 *   `id` `urn:sha256:<document id>` (the SHA-256 of its canonical text, so the same reading
 *   matches on every machine), `type` "Text", `format` "text/plain", `language` when known,
 *   and `via` the URL it was read from when one is known (model §3.3.7: the IRI the resource
 *   was obtained from). `selector` is [TextQuoteSelector, TextPositionSelector], the position
 *   counting Unicode code points; an orphan has only the TextQuoteSelector with its stored
 *   quote, since its last known offsets no longer point at it.
 *
 * A link `A —supports→ B` (on annotation A) becomes its own annotation: `motivation`
 * "linking", `target` A's IRI, `body` [a SpecificResource with purpose "linking" whose
 * `source` is B's IRI, a TextualBody with purpose "tagging" whose `value` is the relation
 * (supports, contradicts, qualifies or one of the label set's own)]. Its `id` is a name-based UUID of
 * (A, relation, B), the same in every export; `creator` and `modified` are A's.
 */
import type { PreparedAnnotation, PreparedDocument } from './prepare';
import { codePointSpan } from './prepare';
import { annotationGuid, nameGuid } from './guids';
import type { AnnotationLink } from '../model';
import type { ResolvedLabel } from './labels';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type JsonLd = { [key: string]: unknown };

export interface W3cContext {
  generator: JsonLd;
  generated: string;
}

export function annotationIri(id: string): string {
  return `urn:uuid:${annotationGuid(id)}`;
}

export function labelIri(setId: string | undefined, labelId: string): string {
  return `urn:close-reader:label:${encodeURIComponent(setId ?? '')}:${encodeURIComponent(labelId)}`;
}

/** The bodies that say the label: its name as a tag, and its IRI as a classification. */
export function webAnnotationBody(label: ResolvedLabel): JsonLd[] {
  return [
    { type: 'TextualBody', purpose: 'tagging', value: label.name },
    { type: 'SpecificResource', purpose: 'classifying', source: labelIri(label.setId, label.id) },
  ];
}

export function toWebAnnotation(p: PreparedAnnotation, ctx: W3cContext): JsonLd {
  const a = p.annotation;
  const body = webAnnotationBody(p.label);
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.note });
  const { exact, prefix, suffix } = p.quote;
  const selector: JsonLd[] = [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
  if (p.placed) selector.push({ type: 'TextPositionSelector', ...codePointSpan(p) });
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: 'classifying',
    ...creator(a.author),
    created: a.created,
    modified: a.modified,
    ...ctx,
    body,
    target: { type: 'SpecificResource', source: sourceOf(a.documentId, p.document), selector },
  };
}

export function toLinkingAnnotation(from: PreparedAnnotation, link: AnnotationLink, ctx: W3cContext): JsonLd {
  const a = from.annotation;
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${nameGuid('link', a.id, link.relation, link.to)}`,
    type: 'Annotation',
    motivation: 'linking',
    ...creator(a.author),
    modified: a.modified,
    ...ctx,
    body: [
      { type: 'SpecificResource', purpose: 'linking', source: annotationIri(link.to) },
      { type: 'TextualBody', purpose: 'tagging', value: link.relation },
    ],
    target: annotationIri(a.id),
  };
}

export function creator(author: string): JsonLd {
  return author ? { creator: { type: 'Person', name: author } } : {};
}

// One source object per document, shared by its annotations: parsing its URL once, not per annotation.
const sources = new WeakMap<PreparedDocument, JsonLd>();

export function sourceOf(documentId: string, d: PreparedDocument | undefined): JsonLd {
  if (!d) return { id: `urn:sha256:${documentId}`, type: 'Text', format: 'text/plain' };
  let source = sources.get(d);
  if (!source) sources.set(d, (source = describeSource(documentId, d)));
  return source;
}

function describeSource(documentId: string, d: PreparedDocument): JsonLd {
  const source: JsonLd = { id: `urn:sha256:${documentId}`, type: 'Text', format: 'text/plain' };
  const language = d.doc.meta.language;
  if (language && BCP47.test(language)) source.language = language;
  const via = absoluteIri(d.doc.meta.url);
  if (via) source.via = via;
  return source;
}

// Language-Tag shape of BCP 47, loose on subtag semantics: what the model's `language` allows.
const BCP47 = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i;
// RFC 3986 characters only: WHATWG URL serialisation may keep a few (|, ^, {) that IRIs do not allow.
const RFC3986 = /^[a-z][a-z0-9+.-]*:[a-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/i;

/** The URL as an absolute IRI, or undefined when it cannot be one (a relative or garbled URL). */
function absoluteIri(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const href = new URL(url).href;
  return RFC3986.test(href) ? href : undefined;
}

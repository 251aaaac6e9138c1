/**
 * W3C Web Annotation JSON-LD (media type application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"):
 * one AnnotationCollection (model §5) that holds every page, so the file stands alone.
 *
 * - Collection: `@context`, `id` (`urn:uuid:`, name-based on the export time, title and
 *   documents), `type` "AnnotationCollection", `label` (the title), `total` (annotations
 *   plus linking annotations), `generator`, `generated`; when total > 0, `first` is the
 *   first AnnotationPage embedded, `last` the IRI of the last page.
 * - Pages of `pageSize` items (default 1000): `@context`, `id`, `type` "AnnotationPage",
 *   `partOf` (the collection, embedded as {id, type, label, total}: seven page assertions
 *   of the W3C test suite refuse a plain IRI there), `startIndex`, `prev` and `next` (IRIs
 *   of the neighbouring pages; the model wants IRIs there, not embedded pages), `items`.
 * - Where the pages are: the first is embedded as `first`; the others follow in the
 *   collection's `@included` (JSON-LD 1.1 included blocks: the nodes belong to the same
 *   graph; a JSON-LD 1.0 processor ignores the key). A reader follows `first`, then each
 *   `next` IRI to the page of that `id` in `@included`: nothing needs fetching. With up to
 *   `pageSize` items there is one page and no `@included`, the shape most tools read.
 * - Items: the annotations of each document in reading order, then one linking annotation
 *   per link (see w3c-annotation.ts). Every annotation is written, orphans with their quote.
 */
import { exportFileName } from './file-names';
import { nameGuid } from './guids';
import { generatorName, prepare } from './prepare';
import { DEFAULT_TITLE, type ExportFile, type ExportInput, type ExportOptions } from './types';
import { ANNO_CONTEXT, toLinkingAnnotation, toWebAnnotation, type JsonLd, type W3cContext } from './w3c-annotation';

export const W3C_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';
const PAGE_SIZE = 1000;

export function exportW3c(input: ExportInput, options: ExportOptions = {}): ExportFile {
  const prepared = prepare(input);
  const title = options.title ?? DEFAULT_TITLE;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize ${pageSize} is not a positive integer`);

  const ctx: W3cContext = {
    generator: { type: 'Software', name: generatorName(prepared.generator) },
    generated: prepared.exportedAt,
  };
  const items: JsonLd[] = prepared.annotations.map((p) => toWebAnnotation(p, ctx));
  for (const p of prepared.annotations) for (const link of p.links) items.push(toLinkingAnnotation(p, link, ctx));

  const guid = nameGuid('collection', prepared.exportedAt, title, ...input.documents.map((d) => d.id));
  const id = `urn:uuid:${guid}`;
  const collection: JsonLd = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: title,
    total: items.length,
    ...ctx,
  };
  if (items.length) {
    const pageIri = (i: number) => `urn:uuid:${nameGuid('page', guid, String(i))}`;
    const partOf = { id, type: 'AnnotationCollection', label: title, total: items.length };
    const count = Math.ceil(items.length / pageSize);
    const pages: JsonLd[] = [];
    for (let i = 0; i < count; i++) {
      const page: JsonLd = { '@context': ANNO_CONTEXT, id: pageIri(i), type: 'AnnotationPage', partOf, startIndex: i * pageSize };
      if (i > 0) page.prev = pageIri(i - 1);
      if (i < count - 1) page.next = pageIri(i + 1);
      page.items = items.slice(i * pageSize, (i + 1) * pageSize);
      pages.push(page);
    }
    collection.first = pages[0];
    collection.last = pages[count - 1].id;
    if (count > 1) collection['@included'] = pages.slice(1);
  }

  return {
    fileName: exportFileName('w3c', title),
    mediaType: W3C_MEDIA_TYPE,
    bytes: new TextEncoder().encode(JSON.stringify(collection)),
    report: { annotations: prepared.annotations.length, skipped: prepared.skipped },
  };
}

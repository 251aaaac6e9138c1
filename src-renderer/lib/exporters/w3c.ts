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
 *   of the neighbouring pages: the suite refuses an embedded page there), `items`.
 * - Where the pages are: the first is embedded as `first`; the others follow in the
 *   collection's `@included` (JSON-LD 1.1 included blocks: the nodes belong to the same
 *   graph; a JSON-LD 1.0 processor ignores the key). A reader follows `first`, then each
 *   `next` IRI to the page of that `id` in `@included`: nothing needs fetching. With up to
 *   `pageSize` items there is one page and no `@included`, the shape most tools read.
 * - Items: the annotations of each document in reading order, then one linking annotation
 *   per link (see w3c-annotation.ts). Every annotation is written, orphans with their quote.
 */
import { utf8, Utf8Writer } from './bytes';
import { exportFileName } from './file-names';
import { nameGuid } from './guids';
import { generatorName, prepare } from './prepare';
import { DEFAULT_TITLE, type ExportFile, type ExportInput, type ExportOptions } from './types';
import { ANNO_CONTEXT, toLinkingAnnotation, type JsonLd, type W3cContext } from './w3c-annotation';
import { WebAnnotationWriter } from './w3c-annotation-bytes';

export const W3C_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';
const PAGE_SIZE = 1000;
const COMMA = utf8(',');

export function exportW3c(input: ExportInput, options: ExportOptions = {}): ExportFile {
  const prepared = prepare(input);
  const title = options.title ?? DEFAULT_TITLE;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize ${pageSize} is not a positive integer`);

  const ctx: W3cContext = {
    generator: { type: 'Software', name: generatorName(prepared.generator) },
    generated: prepared.exportedAt,
  };
  const links = prepared.annotations.flatMap((p) => p.links.map((link) => ({ p, link })));
  const total = prepared.annotations.length + links.length;
  const annotations = new WebAnnotationWriter(ctx);
  const out = new Utf8Writer();
  const write = (s: string) => out.write(s);
  // Items are written one by one as they are made, straight into bytes: a large export never
  // holds every annotation object, nor the whole JSON in one string.
  const writeItem = (i: number): void => {
    const n = prepared.annotations.length;
    if (i < n) annotations.write(out, prepared.annotations[i]);
    else write(JSON.stringify(toLinkingAnnotation(links[i - n].p, links[i - n].link, ctx)));
  };

  const guid = nameGuid('collection', prepared.exportedAt, title, ...input.documents.map((d) => d.id));
  const id = `urn:uuid:${guid}`;
  const collection: JsonLd = { '@context': ANNO_CONTEXT, id, type: 'AnnotationCollection', label: title, total, ...ctx };
  if (!total) {
    write(JSON.stringify(collection));
  } else {
    const pageIri = (i: number) => `urn:uuid:${nameGuid('page', guid, String(i))}`;
    const partOf = { id, type: 'AnnotationCollection', label: title, total };
    const count = Math.ceil(total / pageSize);
    const writePage = (i: number): void => {
      const p: JsonLd = { '@context': ANNO_CONTEXT, id: pageIri(i), type: 'AnnotationPage', partOf, startIndex: i * pageSize };
      if (i > 0) p.prev = pageIri(i - 1);
      if (i < count - 1) p.next = pageIri(i + 1);
      // The page's own keys, then its items.
      write(`${JSON.stringify(p).slice(0, -1)},"items":[`);
      for (let k = i * pageSize; k < Math.min(total, (i + 1) * pageSize); k++) {
        if (k > i * pageSize) out.raw(COMMA);
        writeItem(k);
      }
      write(']}');
    };
    // The collection's own keys, then first, last and the included pages.
    write(`${JSON.stringify(collection).slice(0, -1)},"first":`);
    writePage(0);
    write(`,"last":${JSON.stringify(pageIri(count - 1))}`);
    for (let i = 1; i < count; i++) {
      write(i === 1 ? ',"@included":[' : ',');
      writePage(i);
    }
    write(count > 1 ? ']}' : '}');
  }

  return {
    fileName: exportFileName('w3c', title),
    mediaType: W3C_MEDIA_TYPE,
    bytes: out.bytes(),
    report: { annotations: prepared.annotations.length, skipped: prepared.skipped },
  };
}

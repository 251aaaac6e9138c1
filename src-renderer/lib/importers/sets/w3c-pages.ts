/**
 * The containers a W3C file may use around its annotations: none (one annotation), a JSON
 * array, an AnnotationPage, or an AnnotationCollection whose annotations are inline
 * (`items`) or in pages: `first` embedded, then each `next` embedded, or an IRI naming a
 * page in the collection's `@included` (JSON-LD 1.1; how Close Reader writes more than one
 * page). A page that is only a link to elsewhere cannot be fetched offline, and reading on
 * without it would lose annotations silently, so it is refused.
 */
import * as v from 'valibot';
import { clip, fail, itemName, joinPath, type Where } from './errors';
import { MAX_ANNOTATIONS } from './limits';
import { list, validate } from './schema-kit';

export interface RawAnnotation {
  raw: unknown;
  where: Where;
}

/** The `type` of a JSON-LD node as a list, read leniently (for telling formats apart). */
export function typesOf(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  const type = (value as { type?: unknown }).type;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const pageSchema = v.object({ items: list(v.unknown(), MAX_ANNOTATIONS), next: v.optional(v.unknown()) });
const collectionSchema = v.object({
  items: v.optional(list(v.unknown(), MAX_ANNOTATIONS)),
  first: v.optional(v.unknown()),
  '@included': v.optional(list(v.unknown())),
});

class Collector {
  readonly found: RawAnnotation[] = [];
  /** Pages that `next` may name by IRI: the collection's `@included` nodes, by id. */
  readonly included = new Map<string, unknown>();
  constructor(readonly fileName: string) {}

  items(raws: readonly unknown[], path: string, page?: number): void {
    if (this.found.length + raws.length > MAX_ANNOTATIONS) {
      fail({ fileName: this.fileName, path: '' }, `holds more than ${MAX_ANNOTATIONS.toLocaleString('en')} annotations, the most one file may hold`);
    }
    raws.forEach((raw, i) => {
      const name = itemName('annotation', this.found.length, raw);
      const item = page === undefined ? name : `${name} on page ${page}`;
      this.found.push({ raw, where: { fileName: this.fileName, path: joinPath(path, i), item } });
    });
  }

  pages(first: unknown, firstPath: string): void {
    const seen = new Set<string>();
    let page = first;
    for (let n = 0; page !== undefined; n++) {
      // Page 40 sits at "first" and 39 ".next": written short past a few.
      const nexts = n <= 3 ? '.next'.repeat(n) : `.next(×${n})`;
      const path = firstPath ? firstPath + nexts : nexts.slice(1);
      const where: Where = { fileName: this.fileName, path, item: `page ${n + 1}` };
      if (typeof page === 'string') {
        if (seen.has(page)) fail(where, `leads back to a page already read (${clip(page)})`);
        if (!this.included.has(page)) {
          fail(where, `is a link to a page that is not in the file (${clip(page)}): only pages embedded in the file can be read`);
        }
        seen.add(page);
        page = this.included.get(page);
      }
      const p = validate(pageSchema, page, where);
      this.items(p.items, joinPath(path, 'items'), n + 1);
      page = p.next;
    }
  }
}

export function collectAnnotations(value: unknown, fileName: string): RawAnnotation[] {
  const c = new Collector(fileName);
  const types = typesOf(value);
  if (Array.isArray(value)) {
    // A bare list has no key of its own: its items are called annotations[i] in messages.
    c.items(value, 'annotations');
  } else if (types.includes('AnnotationCollection')) {
    const collection = validate(collectionSchema, value, { fileName, path: '' });
    for (const node of collection['@included'] ?? []) {
      const id = (node as { id?: unknown } | null)?.id;
      if (typeof id === 'string') c.included.set(id, node);
    }
    if (collection.items) c.items(collection.items, 'items');
    if (collection.first !== undefined) c.pages(collection.first, 'first');
  } else if (types.includes('AnnotationPage')) {
    c.pages(value, '');
  } else {
    c.found.push({ raw: value, where: { fileName, path: '', item: itemName('annotation', 0, value) } });
  }
  return c.found;
}

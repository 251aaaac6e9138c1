import { describe, expect, it } from 'vitest';
import { exportW3c } from '../../../src-renderer/lib/exporters/w3c';
import { failedMusts } from './helpers/w3c-suite';
import { cp, docById, emptyInput, fixtureInput, ID, NOTE_MARKDOWN, report, sahel } from './fixture';

type Json = Record<string, any>;

function parse(bytes: Uint8Array): Json {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/** Every page, from `first` along the `next` IRIs, each found by id among the included pages. */
function pages(collection: Json): Json[] {
  const included = new Map<string, Json>((collection['@included'] ?? []).map((p: Json) => [p.id, p]));
  const out: Json[] = [];
  for (let p = collection.first; p; p = p.next && included.get(p.next)) out.push(p);
  expect(out.length).toBe(included.size + 1);
  return out;
}

const items = (collection: Json) => pages(collection).flatMap((p) => p.items);
const find = (collection: Json, id: string) => items(collection).find((a) => a.id === `urn:uuid:${id}`)!;

describe('W3C Web Annotation export', () => {
  const file = exportW3c(fixtureInput(), { title: 'Sahel seminar', pageSize: 3 });
  const collection = parse(file.bytes);

  it('names and types the file', () => {
    expect(file.fileName).toBe('Sahel seminar.jsonld');
    expect(file.mediaType).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"');
  });

  it('meets every MUST of the collection, of each page and of each annotation', () => {
    expect(failedMusts('collection', collection)).toEqual([]);
    const all = pages(collection);
    expect(all.length).toBeGreaterThan(2);
    for (const page of all) expect(failedMusts('page', page), page.id).toEqual([]);
    for (const a of items(collection)) expect(failedMusts('annotation', a), a.id).toEqual([]);
  });

  it('chains the pages: startIndex, prev, next, last, partOf and total agree', () => {
    const all = pages(collection);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.label).toBe('Sahel seminar');
    expect(collection.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    all.forEach((page, i) => {
      expect(page.type).toBe('AnnotationPage');
      expect(page.partOf).toMatchObject({ id: collection.id, total: collection.total });
      expect(page.startIndex).toBe(i * 3);
      expect(page.prev).toBe(i ? all[i - 1].id : undefined);
      expect(page.next).toBe(all[i + 1]?.id);
    });
    expect(collection.last).toBe(all.at(-1)!.id);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    // 8 annotations (orphan and waiting ones included) + 4 links (the one to a deleted annotation dropped).
    expect(collection.total).toBe(12);
    expect(items(collection)).toHaveLength(12);
  });

  it('counts positions in code points, so slicing code points gives the quote back', () => {
    const claim = find(collection, ID.claim);
    const [quote, position] = claim.target.selector;
    const utf16 = sahel.text.indexOf('a crisis of 𝑥 proportions');
    expect(position).toEqual({ type: 'TextPositionSelector', start: cp(sahel.text, utf16), end: cp(sahel.text, utf16 + 'a crisis of 𝑥 proportions'.length) });
    expect(position.start).toBe(utf16 - 1); // 🌍 before it: one code point, two UTF-16 units
    expect(quote.exact).toBe('a crisis of 𝑥 proportions');
    for (const a of items(collection).filter((x) => x.motivation === 'classifying')) {
      const [q, pos] = a.target.selector;
      if (!pos) continue;
      const text = docById.get(a.target.source.id.replace('urn:sha256:', ''))!.text;
      expect(Array.from(text).slice(pos.start, pos.end).join('')).toBe(q.exact);
      expect(text.includes(q.prefix + q.exact + q.suffix)).toBe(true);
    }
  });

  it('writes labels, notes, authors and times as bodies and lifecycle properties', () => {
    const evidence = find(collection, ID.evidence);
    expect(evidence).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'classifying',
      creator: { type: 'Person', name: 'Ada Lovelace' },
      created: '2025-02-10T08:00:00.000Z',
      modified: '2025-02-11T12:30:00.000Z',
      generator: { type: 'Software', name: 'Close Reader 0.1.0' },
      generated: '2025-03-01T10:00:00.000Z',
    });
    expect(evidence.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Evidence' },
      { type: 'SpecificResource', purpose: 'classifying', source: 'urn:close-reader:label:close-reader-default:evidence' },
      { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: NOTE_MARKDOWN },
    ]);
    expect(find(collection, ID.method).body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Método' },
      { type: 'SpecificResource', purpose: 'classifying', source: 'urn:close-reader:label:methods:metodo' },
    ]);
    expect(find(collection, ID.finding).body[0].value).toBe('Key finding');
    expect(find(collection, ID.opinion).creator).toBeUndefined();
  });

  it('identifies the document by its hash, with its URL as via and its language', () => {
    expect(find(collection, ID.claim).target.source).toEqual({
      id: `urn:sha256:${sahel.id}`,
      type: 'Text',
      format: 'text/plain',
      language: 'en',
      via: 'https://example.org/sahel?id=1&lang=en',
    });
    expect(find(collection, ID.finding).target.source).toEqual({ id: `urn:sha256:${report.id}`, type: 'Text', format: 'text/plain' });
  });

  it('writes orphans and annotations of absent documents with their stored quote only', () => {
    const orphan = find(collection, ID.orphan);
    expect(orphan.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'before it was far too late', prefix: 'act now, ', suffix: '.' }]);
    const waiting = find(collection, ID.waiting);
    expect(waiting.target.source.id).toBe(`urn:sha256:${'f'.repeat(64)}`);
    expect(waiting.target.selector).toHaveLength(1);
  });

  it('writes each link as a linking annotation carrying its relation, and reports the dropped one', () => {
    const links = items(collection).filter((a) => a.motivation === 'linking');
    const summary = links.map((l) => [l.target, l.body[1].value, l.body[0].source]);
    expect(summary).toEqual([
      [`urn:uuid:${ID.evidence}`, 'supports', `urn:uuid:${ID.claim}`],
      [`urn:uuid:${ID.opinion}`, 'contradicts', `urn:uuid:${ID.claim}`],
      [`urn:uuid:${ID.finding}`, 'qualifies', `urn:uuid:${ID.claim}`],
      [`urn:uuid:${ID.finding}`, 'replicates', `urn:uuid:${ID.method}`],
    ]);
    expect(links[0].body).toEqual([
      { type: 'SpecificResource', purpose: 'linking', source: `urn:uuid:${ID.claim}` },
      { type: 'TextualBody', purpose: 'tagging', value: 'supports' },
    ]);
    expect(new Set(links.map((l) => l.id)).size).toBe(4);
    expect(file.report.annotations).toBe(8);
    expect(file.report.skipped).toEqual([{ kind: 'link', id: ID.evidence, reason: expect.stringContaining(ID.deleted) }]);
  });

  it('gives the same bytes for the same input, and one page by default', () => {
    const again = exportW3c(fixtureInput(), { title: 'Sahel seminar', pageSize: 3 });
    expect(again.bytes).toEqual(file.bytes);
    const single = parse(exportW3c(fixtureInput()).bytes);
    expect(pages(single)).toHaveLength(1);
    expect(single.last).toBe(single.first.id);
    expect(single['@included']).toBeUndefined();
    expect(failedMusts('page', single.first)).toEqual([]);
  });

  it('writes an empty collection with no pages', () => {
    const c = parse(exportW3c(emptyInput()).bytes);
    expect(c).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    expect(c.first).toBeUndefined();
    expect(failedMusts('collection', c)).toEqual([]);
  });
});

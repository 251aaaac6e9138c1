import { describe, expect, it } from 'vitest';
import { readAnnotationFile } from '../../../../src-renderer/lib/importers/sets';
import { fixtureBytes, SAHEL_ID, SYMBOLS_ID } from './helpers';

const read = (name: string) => readAnnotationFile(name, fixtureBytes(name));

describe('reading W3C Web Annotation files', () => {
  it('reads a single annotation: urn:uuid id, creator, times, label name and IRI as one tag, note, code-point position', async () => {
    const set = await read('w3c-single.jsonld');
    expect(set.format).toBe('w3c');
    expect(set.annotations).toHaveLength(1);
    const [a] = set.annotations;
    expect(a.id).toBe('6e8bc430-9c3a-11d9-9669-0800200c9a66');
    expect(a.author).toBe('Amira Haddad');
    expect(a.created).toBe('2025-02-03T10:15:00.000Z');
    expect(a.modified).toBe('2025-02-04T07:00:00.250Z');
    expect(a.tags).toEqual([{ name: 'Evidence', setId: 'close-reader-default', labelId: 'evidence' }]);
    expect(a.note).toBe('Experts *disagree*: who are they? 🤔');
    expect(a.target).toEqual({
      documentId: SYMBOLS_ID,
      waitingId: SYMBOLS_ID,
      quote: { exact: 'experts 👩‍🔬 disagree about the cause', prefix: 'es rose sharply after 2020, and ', suffix: '.' },
      position: { start: 124, end: 160, unit: 'code-point' },
    });
  });

  it('reads a plain array from another tool: IRIs become stable UUIDs, page notes and CSS-only targets are skipped and counted', async () => {
    const set = await read('w3c-array.json');
    expect(set.annotations.map((a) => a.index)).toEqual([0, 1, 2, 5]);
    const again = await read('w3c-array.json');
    expect(again.annotations.map((a) => a.id)).toEqual(set.annotations.map((a) => a.id));
    for (const a of set.annotations) expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(set.annotations.map((a) => a.id)).size).toBe(4);

    const [first, second, third, sixth] = set.annotations;
    expect(first.author).toBe('maria@example.org');
    expect(first.modified).toBe(first.created);
    expect(first.target.source).toBe('https://example.org/news/sahel-front-line#top');
    expect(second.author).toBe('Maria Lopez');
    expect(second.tags).toEqual([{ name: 'Methodology' }, { name: 'Sources cited' }]);
    expect(second.note).toBe('Check the GTI numbers.');
    expect(third.tags).toEqual([]);
    expect(third.note).toBe('Rhetoric, not analysis.');
    expect(third.created).toBe('1970-01-01T00:00:00.000Z');
    expect(sixth.author).toBe('kwame');
    expect(sixth.target.quote).toBeUndefined();
    expect(sixth.target.position).toEqual({ start: 95, end: 107, unit: 'code-point' });

    expect(set.skipped).toEqual({ 'page-note': 1, 'no-text-selector': 1 });
    expect(set.notices['ignored-selectors']).toBe(2);
  });

  it('reads an AnnotationPage with linking annotations: body links, target-pair links with the default relation, links from elsewhere skipped', async () => {
    const set = await read('w3c-page.jsonld');
    expect(set.annotations).toHaveLength(3);
    const byId = new Map(set.annotations.map((a) => [a.id, a]));
    const claim = byId.get('0b9e3a52-52c4-4f0e-9f43-6f1d7c1b2a01')!;
    const evidence = byId.get('0b9e3a52-52c4-4f0e-9f43-6f1d7c1b2a02')!;
    const opinion = byId.get('0b9e3a52-52c4-4f0e-9f43-6f1d7c1b2a03')!;
    expect(evidence.links).toEqual([{ relation: 'supports', to: claim.id }]);
    expect(opinion.links).toEqual([{ relation: 'supports', to: claim.id }]);
    expect(claim.links).toEqual([]);
    expect(set.notices['default-relation']).toBe(1);
    expect(set.skipped['link-from-elsewhere']).toBe(1);
    expect(evidence.target).toMatchObject({ documentId: SAHEL_ID, position: { start: 150, end: 213, unit: 'code-point' } });
  });

  it('reads an AnnotationCollection whose pages are embedded, named in @included, and nested', async () => {
    const set = await read('w3c-collection.jsonld');
    expect(set.annotations.map((a) => a.tags[0].name)).toEqual(['Claim', 'Evidence', 'Opinion']);
    expect(set.annotations.map((a) => a.index)).toEqual([0, 1, 2]);
    expect(set.annotations.every((a) => a.author === 'Lea Vogel' && a.target.documentId === SAHEL_ID)).toBe(true);
  });
});

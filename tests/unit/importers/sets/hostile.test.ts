import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { planImport, readAnnotationFile, SetImportError } from '../../../../src-renderer/lib/importers/sets';
import { fixtureBytes, fixtureJson, jsonBytes, readingLibrary } from './helpers';

const rejection = async (name: string, bytes: Uint8Array): Promise<string> => {
  const err = await readAnnotationFile(name, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SetImportError);
  return (err as SetImportError).message;
};
const fixtureRejection = (name: string) => rejection(name, fixtureBytes(`hostile/${name}`));

describe('malformed files are refused with a message naming the file, the item and the field', () => {
  it.each([
    ['w3c-bad-exact.json', 'w3c-bad-exact.json: annotation 17 (id https://tool.example.net/annotations/1017): annotations[17].target.selector[0].exact must be a string (got 42)'],
    ['w3c-missing-target.jsonld', 'w3c-missing-target.jsonld: annotation 0 (id urn:uuid:11111111-1111-4111-8111-111111111111) on page 1: items[0].target is missing'],
    ['w3c-reversed-position.jsonld', 'w3c-reversed-position.jsonld: annotation 0 (id urn:uuid:22222222-2222-4222-8222-222222222222): target.selector[0].end (12) is before start (90)'],
    ['w3c-bad-date.jsonld', 'w3c-bad-date.jsonld: annotation 0 (id urn:uuid:33333333-3333-4333-8333-333333333333): created must be an ISO 8601 date and time, such as 2024-05-01T12:00:00Z'],
    ['w3c-unembedded-page.jsonld', 'w3c-unembedded-page.jsonld: page 1: first is a link to a page that is not in the file (https://example.org/collections/1/page1): only pages embedded in the file can be read'],
    ['hypothesis-bad-tags.json', 'hypothesis-bad-tags.json: annotation 0 (id Kz7hUo1YEeu4Y3c-CzB4Uw): annotations[0].tags must be a list (JSON array) (got "Evidence, GTI")'],
    ['set-newer-version.json', 'set-newer-version.json: version is 2: the set was written by a newer Close Reader; this one reads version 1'],
    ['set-wrong-hash.json', 'set-wrong-hash.json: document 0 (“The Sahel, a new front line”): documents[0].id is not the SHA-256 of the document’s text: the text was changed after export, or the id is wrong'],
    ['unknown-format.json', 'unknown-format.json: This file is not a Close Reader set, a W3C Web Annotation file or a Hypothesis export'],
  ])('%s', async (name, message) => {
    expect(await fixtureRejection(name)).toBe(message);
  });

  it('names fields as the file writes them, one item or a list', async () => {
    const one = { type: 'Annotation', target: { source: 'urn:x:1', selector: { type: 'TextQuoteSelector', exact: ['not', 'a', 'string'] } } };
    expect(await rejection('one.jsonld', jsonBytes(one))).toBe('one.jsonld: annotation 0: target.selector.exact must be a string (got a list)');
    const many = { type: 'Annotation', target: ['urn:x:0', { source: 'urn:x:1', selector: [{ type: 'CssSelector' }, { type: 'TextPositionSelector', start: 4 }] }] };
    expect(await rejection('many.jsonld', jsonBytes(many))).toBe('many.jsonld: annotation 0: target[1].selector[1].end is missing');
    const noType = { target: 'urn:x:0' };
    expect(await rejection('notype.jsonld', jsonBytes([{ type: 'Annotation', target: 'urn:x:0' }, noType]))).toBe('notype.jsonld: annotation 1: annotations[1].type is missing');
  });

  it('refuses text that is not JSON, an empty file, and bytes that are not UTF-8', async () => {
    expect(await fixtureRejection('not-json.json')).toMatch(/^not-json\.json: is not valid JSON \(/);
    expect(await rejection('empty.json', new Uint8Array())).toBe('empty.json: is empty');
    expect(await rejection('latin1.json', new Uint8Array([0x5b, 0x22, 0xe9, 0x22, 0x5d]))).toBe('latin1.json: is not UTF-8 text, so it cannot be JSON');
  });

  it('refuses a wrong field deep in a Close Reader set, naming the annotation by id', async () => {
    const set = fixtureJson('close-reader-set.json') as { annotations: Record<string, unknown>[] };
    set.annotations[1].status = 'sure';
    expect(await rejection('s.json', jsonBytes(set))).toBe(
      's.json: annotation 1 (id c0ffee00-0000-4000-8000-000000000002): annotations[1].status must be one of "exact", "approximate", "orphan" (got "sure")',
    );
    set.annotations[1].status = 'exact';
    set.annotations[1].end = 9999;
    expect(await rejection('s.json', jsonBytes(set))).toBe(
      's.json: annotation 1 (id c0ffee00-0000-4000-8000-000000000002): annotations[1].end (9999) is past the end of its document’s text (length 458)',
    );
    delete set.annotations[1].modified;
    expect(await rejection('s.json', jsonBytes(set))).toBe('s.json: annotation 1 (id c0ffee00-0000-4000-8000-000000000002): annotations[1].modified is missing');
  });

  it('refuses absurd sizes: a string over 10 MB, more than 2 million annotations', async () => {
    const huge = { type: 'Annotation', bodyValue: 'x'.repeat(10 * 1024 * 1024 + 1), target: 'https://example.org/' };
    expect(await rejection('huge.jsonld', jsonBytes(huge))).toBe('huge.jsonld: annotation 0: bodyValue is longer than 10,485,760 characters');
    const many = new TextEncoder().encode(`[${'{"type":"Annotation"},'.repeat(2_000_000)}{}]`);
    expect(await rejection('many.json', many)).toBe('many.json: holds more than 2,000,000 annotations, the most one file may hold');
  });

  it('survives nesting a million levels deep', async () => {
    const deep = new TextEncoder().encode('['.repeat(1_000_000) + ']'.repeat(1_000_000));
    expect(await rejection('deep.json', deep)).toMatch(/^deep\.json: (is not valid JSON|This file is not)/);
  });
});

describe('zips', () => {
  const setJson = () => fixtureBytes('close-reader-set.json');

  /** Rewrites the uncompressed size that the zip's central directory declares for its entry. */
  function declareSize(zip: Uint8Array, size: number): Uint8Array {
    const out = zip.slice();
    const view = new DataView(out.buffer);
    for (let i = out.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, size, true);
        return out;
      }
    }
    throw new Error('no central directory');
  }

  it('refuses a zip without set.json, and a zip whose set.json is not a set', async () => {
    expect(await rejection('notes.zip', zipSync({ 'notes.txt': strToU8('hello') }))).toBe(
      'notes.zip: is a zip file without set.json at its top level, so it is not a Close Reader set',
    );
    expect(await rejection('w3c.zip', zipSync({ 'set.json': fixtureBytes('w3c-single.jsonld') }))).toBe(
      'w3c.zip: is a zip whose set.json is not a Close Reader set',
    );
  });

  it('refuses a zip bomb by the size it declares, before inflating anything', async () => {
    const bomb = declareSize(zipSync({ 'set.json': setJson() }), 3_000_000_000);
    expect(await rejection('bomb.zip', bomb)).toBe('bomb.zip: set.json inside the zip would unpack to 2861 MB, more than the 400 MB allowed');
  });

  it('never inflates past the declared size: an entry that lies about it is refused', async () => {
    const lying = declareSize(zipSync({ 'set.json': new Uint8Array(5_000_000).fill(0x20) }), 16);
    expect(await rejection('lying.zip', lying)).toMatch(/^lying\.zip: (is a damaged zip file|is empty|is not valid JSON)/);
  });

  it('refuses a damaged zip', async () => {
    const zip = zipSync({ 'set.json': setJson() });
    expect(await rejection('cut.zip', zip.subarray(0, zip.length - 30))).toMatch(/^cut\.zip: is a damaged zip file \(/);
  });
});

describe('prototype pollution', () => {
  it('drops __proto__, constructor and prototype keys (plain or \\u-escaped) and imports the rest', async () => {
    const set = await readAnnotationFile('proto.jsonld', fixtureBytes('hostile/proto-pollution.jsonld'));
    expect(set.annotations).toHaveLength(1);
    expect(set.annotations[0].note).toBe('Harmless note');
    const plan = planImport(set, await readingLibrary());
    expect(plan.counts.added).toBe(1);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.pollutedViaEscape).toBeUndefined();
    expect(probe.pollutedViaConstructor).toBeUndefined();
    expect(Object.getPrototypeOf(plan.write.annotations[0])).toBe(Object.prototype);
  });

  it('keeps a Close Reader set’s records free of the keys too', async () => {
    const text = new TextDecoder()
      .decode(fixtureBytes('close-reader-set.json'))
      .replace('"meta": {', '"meta": { "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } },');
    const set = await readAnnotationFile('proto-set.json', new TextEncoder().encode(text));
    const meta = set.documents[0].meta;
    expect(Object.getPrototypeOf(meta)).toBe(Object.prototype);
    expect(Object.keys(meta)).toEqual(['url', 'language']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

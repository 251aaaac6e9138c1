import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readAnnotationFile } from '../../../../src-renderer/lib/importers/sets';
import { fixtureBytes, fixtureJson, SAHEL_ID } from './helpers';

describe('reading Close Reader sets', () => {
  it('reads documents, label sets, live annotations with their stored anchoring, and tombstones', async () => {
    const set = await readAnnotationFile('week3.crset.json', fixtureBytes('close-reader-set.json'));
    expect(set.format).toBe('close-reader-set');
    expect(set.zipped).toBe(false);
    expect(set.documents.map((d) => d.id)).toEqual([SAHEL_ID]);
    expect(set.labelSets.map((s) => s.id)).toEqual(['seminar-2025']);
    expect(set.annotations).toHaveLength(5);
    const [claim, evidence, , waiting, tombstone] = set.annotations;
    expect(claim.stored).toMatchObject({ start: 28, end: 79, status: 'exact', label: 'claim' });
    expect(claim.tags).toEqual([{ labelId: 'claim', setId: 'seminar-2025', name: 'Claim' }]);
    expect(evidence.links).toEqual([{ relation: 'supports', to: claim.id }]);
    expect(waiting.target).toMatchObject({ documentId: 'f'.repeat(64), source: 'https://example.com/analysis/mali-elections' });
    expect(waiting.tags).toEqual([{ labelId: 'evidence' }]);
    expect(tombstone).toMatchObject({ deleted: true, id: 'c0ffee00-0000-4000-8000-000000000005', modified: '2025-02-23T12:00:00.000Z', author: 'Sofia Mendes' });
  });

  it('reads the same set from a zip holding set.json, detected by its magic bytes whatever the name', async () => {
    const zip = zipSync({ 'set.json': fixtureBytes('close-reader-set.json') });
    const set = await readAnnotationFile('week3.json', zip);
    expect(set.zipped).toBe(true);
    const plain = await readAnnotationFile('week3.crset.json', fixtureBytes('close-reader-set.json'));
    expect({ ...set, zipped: false, fileName: plain.fileName }).toEqual(plain);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const bytes = fixtureBytes('close-reader-set.json');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect((await readAnnotationFile('bom.json', withBom)).annotations).toHaveLength(5);
  });

  it('lower-cases annotation UUIDs', async () => {
    const set = fixtureJson('close-reader-set.json') as { annotations: { id: string }[] };
    set.annotations[0].id = set.annotations[0].id.toUpperCase();
    const parsed = await readAnnotationFile('upper.json', new TextEncoder().encode(JSON.stringify(set)));
    expect(parsed.annotations[0].id).toBe('c0ffee00-0000-4000-8000-000000000001');
  });
});

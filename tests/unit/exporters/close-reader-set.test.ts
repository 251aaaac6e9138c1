import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportAs, SET_ZIP_ENTRY, type ExportInput, type SetFile } from '../../../src-renderer/lib/exporters';
import { annotations, emptyInput, fixtureInput, ID, report, sahel } from './fixture';

const decode = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);

/** What an importer rebuilds from a set: the exporter's input, tombstones apart. */
function rebuild(set: SetFile): ExportInput {
  const live = set.annotations.filter((a) => !('deleted' in a && a.deleted));
  const tombstones = set.annotations.filter((a) => 'deleted' in a && a.deleted).map(({ deleted: _, ...t }) => t);
  return {
    documents: set.documents,
    labelSets: set.labelSets,
    annotations: live as ExportInput['annotations'],
    tombstones: tombstones as ExportInput['tombstones'],
    exportedAt: set.exportedAt,
    generator: { name: 'Close Reader', version: '0.1.0' },
  };
}

describe('Close Reader set export', () => {
  const input = fixtureInput();
  const file = exportAs('close-reader-set', input, { title: 'Class 4B' });
  const set: SetFile = JSON.parse(decode(file.bytes));

  it('is JSON with the format header', () => {
    expect(file.fileName).toBe('Class 4B.crset.json');
    expect(file.mediaType).toBe('application/json');
    expect(set).toMatchObject({ format: 'close-reader-set', version: 1, exportedAt: '2025-03-01T10:00:00.000Z', generator: 'Close Reader 0.1.0' });
    expect(Object.keys(set)).toEqual(['format', 'version', 'exportedAt', 'generator', 'documents', 'labelSets', 'annotations']);
    // Written in pieces, it is still exactly the JSON of the whole object.
    expect(decode(file.bytes)).toBe(JSON.stringify(set));
    expect(decode(exportAs('close-reader-set', emptyInput()).bytes)).toBe(
      '{"format":"close-reader-set","version":1,"exportedAt":"2025-03-01T10:00:00.000Z","generator":"Close Reader","documents":[],"labelSets":' +
        JSON.stringify(emptyInput().labelSets) +
        ',"annotations":[]}',
    );
  });

  it('keeps documents, label sets and annotations field for field', () => {
    expect(set.documents).toEqual(input.documents);
    expect(set.labelSets).toEqual(input.labelSets);
    const live = set.annotations.filter((a) => !('deleted' in a));
    expect(live).toHaveLength(annotations.length);
    for (const a of annotations) expect(live.find((x) => x.id === a.id)).toEqual(a);
    // Orphans, absent documents, UTF-16 offsets, scores: all as stored.
    expect(live.find((a) => a.id === ID.method)).toMatchObject({ status: 'approximate', score: 0.9 });
    expect(live.find((a) => a.id === ID.waiting)!.documentId).toBe('f'.repeat(64));
  });

  it('orders annotations by document, then reading order, then tombstones', () => {
    expect(set.annotations.map((a) => a.id)).toEqual([ID.claim, ID.evidence, ID.opinion, ID.orphan, ID.formula, ID.method, ID.finding, ID.waiting, ID.deleted]);
  });

  it('writes tombstones with exactly id, documentId, modified, author and deleted', () => {
    expect(set.annotations.at(-1)).toStrictEqual({ id: ID.deleted, documentId: sahel.id, modified: '2025-02-12T00:00:00.000Z', author: 'Ada Lovelace', deleted: true });
    const withDeleted = fixtureInput();
    withDeleted.tombstones = [];
    withDeleted.annotations = [...annotations, { ...annotations[0], id: 'gone', deleted: true, modified: '2025-02-20T00:00:00.000Z' }];
    const again: SetFile = JSON.parse(decode(exportAs('close-reader-set', withDeleted).bytes));
    expect(again.annotations.at(-1)).toStrictEqual({ id: 'gone', documentId: sahel.id, modified: '2025-02-20T00:00:00.000Z', author: 'Zoë Ñúñez', deleted: true });
  });

  it('round-trips: what an importer rebuilds exports to the same bytes', () => {
    const rebuilt = rebuild(set);
    expect(rebuilt.tombstones).toEqual(input.tombstones);
    expect(new Set(rebuilt.annotations)).toEqual(new Set(input.annotations));
    expect(exportAs('close-reader-set', rebuilt, { title: 'Class 4B' }).bytes).toEqual(file.bytes);
  });

  it('zips the same JSON as set.json above the size limit', () => {
    const zipped = exportAs('close-reader-set', input, { title: 'Class 4B', zipAboveBytes: 1000 });
    expect(zipped.fileName).toBe('Class 4B.crset.zip');
    expect(zipped.mediaType).toBe('application/zip');
    const entries = unzipSync(zipped.bytes);
    expect(Object.keys(entries)).toEqual([SET_ZIP_ENTRY]);
    expect(entries[SET_ZIP_ENTRY]).toEqual(file.bytes);
    expect(zipped.bytes.length).toBeLessThan(file.bytes.length);
  });

  it('keeps fields it does not know, so a newer model travels', () => {
    const extra = fixtureInput();
    extra.documents = [{ ...report, counts: { claim: 2 } } as typeof report];
    const out: SetFile = JSON.parse(decode(exportAs('close-reader-set', extra).bytes));
    expect(out.documents[0]).toHaveProperty('counts', { claim: 2 });
  });

  it('writes an empty set', () => {
    const out: SetFile = JSON.parse(decode(exportAs('close-reader-set', emptyInput()).bytes));
    expect(out).toMatchObject({ documents: [], annotations: [] });
    expect(out.labelSets).toHaveLength(1);
  });
});

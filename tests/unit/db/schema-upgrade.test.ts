import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CloseReaderDB, getAnnotation, listAnnotations, listAuthors, SCHEMA_V1, useDatabase } from '../../../src-renderer/lib/db';
import { PACK_SIZE } from '../../../src-renderer/lib/db/pack-plan';
import { versionTwoDatabase } from './sample-data';

describe('schema upgrade from version 1', () => {
  it('opens a database of the first schema and upgrades it without losing anything', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('documents').bulkAdd([
      { id: 'a'.repeat(64), title: 'First', source: { fileName: 'a.txt', mediaType: 'text/plain', importedAt: '2025-01-01T00:00:00Z' }, meta: {}, wordCount: 3, charCount: 10, addedAt: '2025-01-01T00:00:00Z' },
      { id: 'b'.repeat(64), title: 'Second', source: { fileName: 'b.txt', mediaType: 'text/plain', importedAt: '2025-01-01T00:00:00Z' }, meta: {}, wordCount: 3, charCount: 10, addedAt: '2025-01-02T00:00:00Z' },
    ]);
    await v1.table('texts').bulkAdd([
      { id: 'a'.repeat(64), text: 'one two three', blocks: [{ kind: 'paragraph', start: 0, end: 13 }] },
      { id: 'b'.repeat(64), text: 'four five six', blocks: [{ kind: 'paragraph', start: 0, end: 13 }] },
    ]);
    const base = { quote: { exact: 'one', prefix: '', suffix: ' two' }, note: '', links: [], author: 'A', created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', start: 0, end: 3 };
    await v1.table('annotations').bulkAdd([
      { ...base, id: 'x1', documentId: 'a'.repeat(64), label: 'claim' },
      { ...base, id: 'x2', documentId: 'a'.repeat(64), label: 'claim' },
      { ...base, id: 'x3', documentId: 'a'.repeat(64), label: 'evidence' },
      { ...base, id: 'x4', documentId: 'a'.repeat(64), label: 'opinion', deleted: true, modified: '2025-02-01T00:00:00Z' },
      { ...base, id: 'x5', documentId: 'b'.repeat(64), label: 'opinion', links: undefined },
    ]);
    await v1.table('settings').put({ key: 'author', value: 'A' });
    v1.close();

    const db = new CloseReaderDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    const docs = await db.documents.orderBy('addedAt').toArray();
    expect(docs.map((d) => d.title)).toEqual(['First', 'Second']);
    expect(docs[0].labelSetId).toBe('close-reader-default');
    expect(docs[0].counts).toEqual({ claim: 2, evidence: 1 });
    expect(docs[1].counts).toEqual({ opinion: 1 });
    const live = (await db.packs.toArray()).flatMap((p) => p.items).sort((a, b) => a.id.localeCompare(b.id));
    expect(live.map((a) => a.id)).toEqual(['x1', 'x2', 'x3', 'x5']);
    expect(live.every((a) => a.status === 'exact')).toBe(true);
    expect(live.find((a) => a.id === 'x5')!.links).toEqual([]);
    expect(await db.tombstones.toArray()).toEqual([{ id: 'x4', documentId: 'a'.repeat(64), modified: '2025-02-01T00:00:00Z', author: 'A' }]);
    expect((await db.texts.get('b'.repeat(64)))!.text).toBe('four five six');
    expect((await db.settings.get('author'))!.value).toBe('A');
    // The packs' indexes work on upgraded rows.
    expect((await db.packs.where('ids').equals('x5').first())!.documentId).toBe('b'.repeat(64));
    expect(await db.packs.orderBy('authors').uniqueKeys()).toEqual(['A']);
    db.close();
  });
});

describe('schema upgrade from version 2', () => {
  it('moves one record per annotation into packs in reading order, every annotation kept', async () => {
    const v2 = await versionTwoDatabase();
    const name = v2.name;
    const doc = 'c'.repeat(64);
    const n = PACK_SIZE + 10;
    const annotations = Array.from({ length: n }, (_, i) => ({
      id: `id-${String(i).padStart(4, '0')}`,
      documentId: i === 3 ? 'd'.repeat(64) : doc,
      start: (n - i) * 5,
      end: (n - i) * 5 + 4,
      quote: { exact: 'abcd', prefix: '', suffix: '' },
      label: i % 2 ? 'claim' : 'evidence',
      note: '',
      links: [],
      author: i % 3 ? 'Amina' : 'Bo',
      created: '2025-01-01T00:00:00Z',
      modified: '2025-01-01T00:00:00Z',
      status: 'exact',
    }));
    await v2.table('annotations').bulkAdd(annotations);
    v2.close();

    const db = useDatabase(new CloseReaderDB(name));
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name)).not.toContain('annotations');
    const packs = await db.packs.toArray();
    expect(packs.map((p) => [p.documentId, p.n, p.items.length])).toEqual([
      [doc, 0, PACK_SIZE],
      [doc, 1, n - 1 - PACK_SIZE],
      ['d'.repeat(64), 0, 1],
    ]);
    const listed = await listAnnotations(doc);
    expect(listed).toHaveLength(n - 1);
    expect(listed.map((a) => a.start)).toEqual(listed.map((a) => a.start).sort((a, b) => a - b));
    expect(await getAnnotation('id-0003')).toEqual(annotations[3]);
    expect(await listAuthors()).toEqual(['Amina', 'Bo']);
    db.close();
  });
});

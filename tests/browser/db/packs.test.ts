// The annotation packs in Chromium's own IndexedDB (the unit tests use fake-indexeddb):
// compound primary keys, the multi-entry ids and authors indexes, the last pack of a
// document, the upgrade from one record per annotation, and a large import.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addDocuments,
  applyImport,
  CloseReaderDB,
  deleteAnnotations,
  getAnnotation,
  getAnnotations,
  getDocument,
  listAnnotations,
  listAuthors,
  listWaitingAnnotations,
  putAnnotations,
  updateAnnotation,
  useDatabase,
} from '../../../src-renderer/lib/db';
import { PACK_SIZE } from '../../../src-renderer/lib/db/pack-plan';
import { makeAnnotation, makeDocument, versionTwoDatabase } from '../../unit/db/sample-data';

let db: CloseReaderDB;
beforeEach(async () => {
  db = useDatabase(new CloseReaderDB(`packs-${crypto.randomUUID()}`));
  await db.open();
  return async () => {
    db.close();
    await Dexie.delete(db.name);
  };
});

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((n, c) => n + c, 0);
}

describe('annotation packs in Chromium’s IndexedDB', () => {
  it('keep a document’s annotations across packs: list in order, find, edit, delete, count', async () => {
    const doc = await makeDocument('A reading with many annotations.');
    await addDocuments([doc]);
    const many = Array.from({ length: 2 * PACK_SIZE + 10 }, (_, i) => makeAnnotation(doc.id, { start: 5000 - i, end: 5004 - i, author: i % 2 ? 'Amina' : 'Bo' }));
    await putAnnotations(many, { created: true });
    expect((await db.packs.toCollection().primaryKeys()).sort()).toEqual([
      [doc.id, 0],
      [doc.id, 1],
      [doc.id, 2],
    ]);
    const listed = await listAnnotations(doc.id);
    expect(listed.map((a) => a.start)).toEqual(many.map((a) => a.start).sort((a, b) => a - b));
    expect(await listAuthors()).toEqual(['Amina', 'Bo']);

    const [first, last] = [many[0], many.at(-1)!];
    expect((await getAnnotations([last.id, first.id])).map((a) => a?.id)).toEqual([last.id, first.id]);
    await updateAnnotation(first.id, { label: 'opinion' });
    expect((await getAnnotation(first.id))!.label).toBe('opinion');
    await deleteAnnotations([last.id]);
    expect(await getAnnotation(last.id)).toBeUndefined();
    // One more goes into the last pack, which has room again.
    await putAnnotations([makeAnnotation(doc.id)], { created: true });
    expect(await db.packs.count()).toBe(3);
    expect(total((await getDocument(doc.id))!.counts)).toBe(many.length);
  });

  it('imports a large set through the all-packs path and merges it with what is stored', async () => {
    const doc = await makeDocument('A reading for a class.');
    await addDocuments([doc]);
    const stored = Array.from({ length: 300 }, () => makeAnnotation(doc.id));
    await putAnnotations(stored, { created: true });
    // More than the index lookup takes at once: 2,500 new, 300 updated, one for a missing document.
    const incoming = [
      ...Array.from({ length: 2500 }, () => makeAnnotation(doc.id)),
      ...stored.map((a) => ({ ...a, note: 'revised', modified: '2027-01-01T00:00:00.000Z' })),
      makeAnnotation('f'.repeat(64)),
    ];
    const heard: number[] = [];
    await applyImport({ documents: [], labelSets: [], annotations: incoming, deleteAnnotations: [], tombstones: [], deleteTombstones: [] }, (written) => heard.push(written));
    expect(heard.at(-1)).toBe(incoming.length);
    const listed = await listAnnotations(doc.id);
    expect(listed).toHaveLength(2800);
    expect(listed.filter((a) => a.note === 'revised')).toHaveLength(300);
    expect(total((await getDocument(doc.id))!.counts)).toBe(2800);
    expect((await listWaitingAnnotations()).map((a) => a.documentId)).toEqual(['f'.repeat(64)]);
  });
});

describe('the upgrade to packs in Chromium’s IndexedDB', () => {
  it('moves every annotation of a version-2 database into packs', async () => {
    const v2 = await versionTwoDatabase();
    const name = v2.name;
    const doc = await makeDocument('An older library.');
    const annotations = Array.from({ length: PACK_SIZE + 1 }, () => makeAnnotation(doc.id));
    await v2.table('annotations').bulkAdd(annotations);
    v2.close();
    const upgraded = useDatabase(new CloseReaderDB(name));
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect((await listAnnotations(doc.id)).map((a) => a.id).sort()).toEqual(annotations.map((a) => a.id).sort());
    expect(await upgraded.packs.count()).toBe(2);
    upgraded.close();
    await Dexie.delete(name);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import {
  addDocuments,
  createAnnotation,
  deleteAnnotations,
  deleteDocument,
  getDocument,
  getText,
  listAnnotations,
  listDocuments,
  listTombstones,
  relabelAnnotations,
  restoreAnnotations,
  restoreDocument,
  updateAnnotation,
  countLabelUse,
  linkingTo,
  putAnnotations,
  listAuthors,
  getAnnotation,
  getAnnotations,
} from '../../../src-renderer/lib/db';
import { PACK_SIZE } from '../../../src-renderer/lib/db/pack-plan';
import { freshDatabase } from './fresh-db';
import { makeAnnotation, makeDocument } from './sample-data';

beforeEach(() => {
  freshDatabase();
});

describe('documents', () => {
  it('adds a document once: the same text again is reported as existing', async () => {
    const doc = await makeDocument('A first paragraph.\nA second one.');
    const first = await addDocuments([doc]);
    expect(first.added.map((d) => d.id)).toEqual([doc.id]);
    const again = await addDocuments([{ ...doc, title: 'Renamed copy' }, doc]);
    expect(again.added).toEqual([]);
    expect(again.existing.map((d) => d.title)).toEqual(['A reading', 'A reading']);
    expect(await listDocuments()).toHaveLength(1);
    const record = (await getDocument(doc.id))!;
    expect(record.wordCount).toBe(6);
    expect(record.counts).toEqual({});
    expect((await getText(doc.id))!.blocks).toHaveLength(2);
  });

  it('deleting a document takes its annotations; restoring brings everything back', async () => {
    const doc = await makeDocument('Some text to annotate here.');
    await addDocuments([doc]);
    const a = makeAnnotation(doc.id);
    await createAnnotation(a);
    await createAnnotation(makeAnnotation(doc.id, { id: 'gone' }));
    await deleteAnnotations(['gone']);
    expect((await getDocument(doc.id))!.counts).toEqual({ claim: 1 });
    const snapshot = (await deleteDocument(doc.id))!;
    expect(await listDocuments()).toEqual([]);
    expect(await listAnnotations(doc.id)).toEqual([]);
    expect(await listTombstones([doc.id])).toEqual([]);
    await restoreDocument(snapshot);
    expect((await getDocument(doc.id))!.counts).toEqual({ claim: 1 });
    expect((await listAnnotations(doc.id)).map((x) => x.id)).toEqual([a.id]);
    expect((await listTombstones([doc.id])).map((t) => t.id)).toEqual(['gone']);
  });
});

describe('annotations keep label counts in step', () => {
  it('counts creations, relabels, deletions and restorations', async () => {
    const doc = await makeDocument('Counting annotations on one document.');
    await addDocuments([doc]);
    const a = makeAnnotation(doc.id, { label: 'claim' });
    const b = makeAnnotation(doc.id, { label: 'evidence' });
    await createAnnotation(a);
    await createAnnotation(b);
    expect((await getDocument(doc.id))!.counts).toEqual({ claim: 1, evidence: 1 });
    const changed = (await updateAnnotation(a.id, { label: 'opinion' }))!;
    expect(changed.before.label).toBe('claim');
    expect(changed.after.modified > a.modified).toBe(true);
    expect((await getDocument(doc.id))!.counts).toEqual({ opinion: 1, evidence: 1 });
    const { removed } = await deleteAnnotations([b.id]);
    expect((await getDocument(doc.id))!.counts).toEqual({ opinion: 1 });
    expect((await listTombstones()).map((t) => t.id)).toEqual([b.id]);
    await restoreAnnotations(removed);
    expect((await getDocument(doc.id))!.counts).toEqual({ opinion: 1, evidence: 1 });
    expect(await listTombstones()).toEqual([]);
  });

  it('deleting an annotation removes the links that pointed at it', async () => {
    const doc = await makeDocument('Claims and evidence, linked.');
    await addDocuments([doc]);
    const claim = makeAnnotation(doc.id, { label: 'claim' });
    const evidence = makeAnnotation(doc.id, { label: 'evidence', links: [{ relation: 'supports', to: claim.id }] });
    await createAnnotation(claim);
    await createAnnotation(evidence);
    expect((await linkingTo([claim.id])).map((x) => x.id)).toEqual([evidence.id]);
    const { relinked } = await deleteAnnotations([claim.id]);
    expect(relinked).toHaveLength(1);
    expect((await listAnnotations(doc.id))[0].links).toEqual([]);
    await restoreAnnotations([claim], relinked);
    const back = await listAnnotations(doc.id);
    expect(back.find((x) => x.id === evidence.id)!.links).toEqual([{ relation: 'supports', to: claim.id }]);
  });

  it('moves or deletes the annotations of a label removed from a set', async () => {
    const doc = await makeDocument('Relabelling annotations.');
    await addDocuments([doc]);
    for (const label of ['claim', 'claim', 'evidence']) await createAnnotation(makeAnnotation(doc.id, { label }));
    expect(await countLabelUse('close-reader-default', 'claim')).toEqual({ count: 2, documentIds: [doc.id] });
    expect(await relabelAnnotations([doc.id], 'claim', 'opinion')).toBe(2);
    expect((await getDocument(doc.id))!.counts).toEqual({ opinion: 2, evidence: 1 });
    expect(await relabelAnnotations([doc.id], 'opinion', null)).toBe(2);
    expect((await getDocument(doc.id))!.counts).toEqual({ evidence: 1 });
    expect(await listTombstones()).toHaveLength(2);
  });
});

describe('annotations waiting for their document', () => {
  it('are those whose document is not in the library', async () => {
    const here = await makeDocument('A document that is here.');
    await addDocuments([here]);
    const waitingBefore = makeAnnotation('0'.repeat(64));
    const waitingAfter = makeAnnotation('f'.repeat(64));
    const placed = makeAnnotation(here.id);
    for (const a of [waitingBefore, waitingAfter, placed]) await createAnnotation(a);
    const { listWaitingAnnotations } = await import('../../../src-renderer/lib/db');
    expect((await listWaitingAnnotations()).map((a) => a.id).sort()).toEqual([waitingBefore.id, waitingAfter.id].sort());
  });
});

describe('a document with more annotations than one pack holds', () => {
  it('lists, edits, deletes, relabels and restores across packs, counts in step', async () => {
    const doc = await makeDocument('Many annotations on one reading.');
    await addDocuments([doc]);
    const many = Array.from({ length: 2 * PACK_SIZE + 7 }, (_, i) => makeAnnotation(doc.id, { start: 1000 - i, end: 1004 - i, label: i % 2 ? 'claim' : 'evidence', author: i % 5 ? 'Amina' : 'Bo' }));
    await putAnnotations(many, { created: true });
    const listed = await listAnnotations(doc.id);
    expect(listed).toHaveLength(many.length);
    expect(listed.map((a) => a.start)).toEqual(many.map((a) => a.start).sort((a, b) => a - b));
    expect(await listAuthors()).toEqual(['Amina', 'Bo']);

    // One in the first pack, one in the last.
    const [early, late] = [many[3], many.at(-2)!];
    expect((await getAnnotations([early.id, late.id, 'nope'])).map((a) => a?.id)).toEqual([early.id, late.id, undefined]);
    await updateAnnotation(early.id, { label: 'opinion', note: 'edited' });
    expect(await getAnnotation(early.id)).toMatchObject({ label: 'opinion', note: 'edited', author: early.author });
    await deleteAnnotations([late.id]);
    expect(await getAnnotation(late.id)).toBeUndefined();
    expect(await listAnnotations(doc.id)).toHaveLength(many.length - 1);

    const counts = (await getDocument(doc.id))!.counts;
    const live = await listAnnotations(doc.id);
    for (const label of ['claim', 'evidence', 'opinion']) expect(counts[label] ?? 0).toBe(live.filter((a) => a.label === label).length);
    expect((await countLabelUse('close-reader-default', 'claim')).count).toBe(counts.claim);

    const moved = await relabelAnnotations([doc.id], 'claim', 'evidence');
    expect(moved).toBe(counts.claim);
    expect((await getDocument(doc.id))!.counts).toEqual({ evidence: live.length - 1, opinion: 1 });

    const snapshot = (await deleteDocument(doc.id))!;
    expect(await listAnnotations(doc.id)).toEqual([]);
    expect(await listAuthors()).toEqual([]);
    await restoreDocument(snapshot);
    expect(await listAnnotations(doc.id)).toEqual(snapshot.annotations);
  });
});

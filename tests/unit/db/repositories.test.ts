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
} from '../../../src-renderer/lib/db';
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

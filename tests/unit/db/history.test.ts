import { beforeEach, describe, expect, it } from 'vitest';
import {
  CloseReaderDB,
  addDocuments,
  historyTops,
  listAnnotations,
  recordStep,
  redoStep,
  runStep,
  undoStep,
  listTombstones,
  useDatabase,
  getDocument,
  renameDocument,
  type StoredStep,
} from '../../../src-renderer/lib/db';
import { freshDatabase } from './fresh-db';
import { makeAnnotation, makeDocument } from './sample-data';

let name: string;
beforeEach(() => {
  name = freshDatabase().name;
});

function create(a: ReturnType<typeof makeAnnotation>): StoredStep {
  return { label: 'Claim added', redo: [{ op: 'put-annotations', items: [a] }], undo: [{ op: 'delete-annotations', ids: [a.id] }] };
}

describe('the stored undo history', () => {
  it('undoes and redoes across a reload (a new connection to the same database)', async () => {
    const doc = await makeDocument('History survives reloads.');
    await addDocuments([doc]);
    const a = makeAnnotation(doc.id);
    await runStep(create(a));
    expect(await listAnnotations(doc.id)).toHaveLength(1);

    useDatabase(new CloseReaderDB(name));
    expect(await historyTops()).toMatchObject({ undo: 'Claim added', redo: undefined });
    expect((await undoStep())?.label).toBe('Claim added');
    expect(await listAnnotations(doc.id)).toHaveLength(0);
    expect((await getDocument(doc.id))!.counts).toEqual({});

    useDatabase(new CloseReaderDB(name));
    expect(await historyTops()).toMatchObject({ undo: undefined, redo: 'Claim added' });
    await redoStep();
    expect((await listAnnotations(doc.id)).map((x) => x.id)).toEqual([a.id]);
    expect((await getDocument(doc.id))!.counts).toEqual({ claim: 1 });
  });

  it('a creation marked as such skips the pre-read on its first run only: undo leaves a tombstone, redo clears it', async () => {
    const doc = await makeDocument('Created annotations come and go.');
    await addDocuments([doc]);
    const a = makeAnnotation(doc.id);
    const step: StoredStep = { ...create(a), redo: [{ op: 'put-annotations', items: [a], created: true }] };
    await runStep(step);
    expect((await getDocument(doc.id))!.counts).toEqual({ claim: 1 });
    await undoStep();
    expect((await listTombstones([doc.id])).map((t) => t.id)).toEqual([a.id]);
    expect((await getDocument(doc.id))!.counts).toEqual({});
    // The redo runs the same stored op: it must read and un-delete, not trust `created`.
    await redoStep();
    expect(await listTombstones([doc.id])).toEqual([]);
    expect((await listAnnotations(doc.id)).map((x) => x.id)).toEqual([a.id]);
    expect((await getDocument(doc.id))!.counts).toEqual({ claim: 1 });
    await redoStep();
    expect((await getDocument(doc.id))!.counts).toEqual({ claim: 1 });
  });

  it('a new change clears what could be redone; undo with nothing left does nothing', async () => {
    const doc = await makeDocument('Redo is cleared by a new change.');
    await addDocuments([doc]);
    await runStep(create(makeAnnotation(doc.id)));
    await undoStep();
    expect((await historyTops()).redo).toBe('Claim added');
    await runStep(create(makeAnnotation(doc.id)));
    expect((await historyTops()).redo).toBeUndefined();
    await undoStep();
    expect(await undoStep()).toBeUndefined();
    expect(await listAnnotations(doc.id)).toEqual([]);
  });

  it('undoes a specific step only while it is the latest', async () => {
    const doc = await makeDocument('Toast undo.');
    await addDocuments([doc]);
    await renameDocument(doc.id, 'New title');
    await recordStep({ label: 'Document renamed', redo: [{ op: 'rename-document', id: doc.id, title: 'New title' }], undo: [{ op: 'rename-document', id: doc.id, title: 'A reading' }] });
    const token = (await historyTops()).undoSeq!;
    await runStep(create(makeAnnotation(doc.id)));
    expect(await undoStep(token)).toBeUndefined();
    expect((await getDocument(doc.id))!.title).toBe('New title');
    await undoStep();
    const again = (await historyTops()).undoSeq!;
    expect((await undoStep(again))?.label).toBe('Document renamed');
    expect((await getDocument(doc.id))!.title).toBe('A reading');
  });

  it('a failing step changes nothing, history included', async () => {
    const doc = await makeDocument('Atomic steps.');
    await addDocuments([doc]);
    const bad: StoredStep = {
      label: 'Broken',
      redo: [{ op: 'put-annotations', items: [makeAnnotation(doc.id)] }, { op: 'rename-document', id: doc.id, title: '   ' }],
      undo: [],
    };
    await expect(runStep(bad)).rejects.toThrow('A title cannot be empty.');
    expect(await listAnnotations(doc.id)).toEqual([]);
    expect(await historyTops()).toEqual({ undo: undefined, redo: undefined, undoSeq: undefined });
  });
});

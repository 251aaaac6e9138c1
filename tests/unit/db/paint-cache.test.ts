import { beforeEach, describe, expect, it } from 'vitest';
import {
  addDocuments,
  createAnnotation,
  getDocument,
  loadAnnotationsWithRev,
  loadPaintCache,
  paintSpans,
  savePaintCache,
  updateAnnotation,
} from '../../../src-renderer/lib/db';
import { freshDatabase } from './fresh-db';
import { makeAnnotation, makeDocument } from './sample-data';

beforeEach(() => {
  freshDatabase();
});

describe('the paint cache', () => {
  it('gives the spans back while the document is at the revision it was written at, and never after a change', async () => {
    const doc = await makeDocument('A document whose highlights are cached for the next opening.');
    await addDocuments([doc]);
    const a = makeAnnotation(doc.id, { start: 2, end: 10, label: 'claim' });
    const orphan = makeAnnotation(doc.id, { start: 0, end: 1, status: 'orphan' });
    await createAnnotation(a);
    await createAnnotation(orphan);
    const { annotations, rev } = await loadAnnotationsWithRev(doc.id);
    expect(rev).toBe((await getDocument(doc.id))!.rev);
    await savePaintCache(doc.id, rev, annotations);
    expect(paintSpans(await loadPaintCache(doc.id), rev)).toEqual([{ id: a.id, start: 2, end: 10, label: 'claim', status: 'exact' }]);

    // Any change to the annotations moves the document to a new revision.
    await updateAnnotation(a.id, { note: 'changed' });
    const now = (await getDocument(doc.id))!.rev;
    expect(now).toBeGreaterThan(rev);
    expect(paintSpans(await loadPaintCache(doc.id), now)).toBeNull();
  });
});

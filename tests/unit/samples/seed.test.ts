import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDocument, listDocuments, listLabelSets } from '../../../src-renderer/lib/db';
import { sampleFiles, seedSampleLibrary } from '../../../src-renderer/lib/samples/seed';
import { freshDatabase } from '../db/fresh-db';

beforeEach(() => {
  freshDatabase();
});

describe('the sample library', () => {
  it('bundles the five readings of the corpus', () => {
    const files = sampleFiles();
    expect(files).toHaveLength(5);
    expect(files.every((f) => f.text.length > 1000)).toBe(true);
  });

  it('is imported on first run, once, with the default label set', async () => {
    expect(await seedSampleLibrary()).toBe(5);
    expect(await seedSampleLibrary()).toBe(0);
    const docs = await listDocuments();
    expect(docs).toHaveLength(5);
    expect(docs.every((d) => d.sample && d.title.length > 0 && d.wordCount > 200)).toBe(true);
    expect(new Set(docs.map((d) => d.id)).size).toBe(5);
    expect((await listLabelSets()).map((s) => s.labels.map((l) => l.name))).toEqual([['Claim', 'Evidence', 'Opinion']]);
  });

  it('does not bring back a deleted sample unless asked; restoring adds only what is missing', async () => {
    await seedSampleLibrary();
    const [first] = await listDocuments();
    await deleteDocument(first.id);
    expect(await seedSampleLibrary()).toBe(0);
    expect(await listDocuments()).toHaveLength(4);
    expect(await seedSampleLibrary({ force: true })).toBe(1);
    expect(await listDocuments()).toHaveLength(5);
  });
});

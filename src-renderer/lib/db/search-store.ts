/** Storage for lib/search: its persisted chunks, and what it reads from the library. */
import type { IndexChunk, IndexStore, IndexableDocument, IndexableNote, LibraryState, SyncLoader, TextSource } from '../search';
import { db } from './schema';
import { everyAnnotation, findAnnotations } from './packs';

export const searchStore: IndexStore = {
  load: () => db.searchIndex.toArray(),
  async save(chunks: IndexChunk[]) {
    await db.transaction('rw', db.searchIndex, async () => {
      await db.searchIndex.clear();
      await db.searchIndex.bulkPut(chunks);
    });
  },
  clear: () => db.searchIndex.clear(),
};

export const searchTexts: TextSource = {
  async getTexts(ids) {
    const rows = await db.texts.bulkGet([...ids]);
    return new Map(rows.filter((r) => !!r).map((r) => [r!.id, r!.text]));
  },
};

export const searchLoader: SyncLoader = {
  async documents(ids): Promise<IndexableDocument[]> {
    const [records, texts] = await Promise.all([db.documents.bulkGet([...ids]), db.texts.bulkGet([...ids])]);
    return records.flatMap((r, i) => (r && texts[i] ? [{ id: r.id, title: r.title, text: texts[i]!.text, blocks: texts[i]!.blocks }] : []));
  },
  async notes(ids): Promise<IndexableNote[]> {
    return (await findAnnotations([...ids])).filter((a): a is NonNullable<typeof a> => !!a && a.note.trim() !== '');
  },
};

/** Documents and annotated notes as they are now (no texts are read). */
export async function searchLibraryState(): Promise<LibraryState> {
  const documents = (await db.documents.toArray()).map((d) => ({ id: d.id, title: d.title }));
  const notes: LibraryState['notes'][number][] = [];
  for (const a of await everyAnnotation()) {
    if (a.note.trim()) notes.push({ id: a.id, documentId: a.documentId, modified: a.modified });
  }
  return { documents, notes };
}

/**
 * The full-text index lives here, off the main thread: indexing a 1 MB document or
 * thousands of notes never holds up reading or annotating. The worker reads the library
 * from IndexedDB itself and hears annotation changes on the app's BroadcastChannel.
 */
import { onAnnotationsChanged, searchLibraryState, searchLoader, searchStore, searchTexts, type AnnotationChange } from '../db';
import { SearchIndex, restoreSearchIndex, type LibraryState } from '../search';
import type { SearchReply, SearchRequest } from './search-protocol';

// Saving rewrites the whole index (megabytes for a large library): only once edits pause.
const SAVE_AFTER_MS = 15_000;
const index = new SearchIndex({ texts: searchTexts });
let ready = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
// Requests are handled one after another: a search never sees a half-applied sync.
let queue: Promise<unknown> = Promise.resolve();

const reply = (m: SearchReply) => postMessage(m);

function dirty(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void searchStore.save(index.exportIndex()), SAVE_AFTER_MS);
  reply({ type: 'changed' });
}

async function sync(now: LibraryState): Promise<void> {
  if ((await index.sync(now, searchLoader)).changed) dirty();
}

function onAnnotations(c: AnnotationChange): void {
  if (!ready) return;
  if (c.reload) {
    void enqueue(async () => sync(await searchLibraryState()));
    return;
  }
  for (const id of c.deleted ?? []) index.removeNote(id);
  // Most annotations carry no note: writing them leaves the index as it was.
  const notes = (c.put ?? []).filter((a) => a.note.trim() || index.hasNote(a.id));
  for (const a of notes) index.upsertNote(a);
  if (notes.length || c.deleted?.length) dirty();
}

async function handle(m: SearchRequest): Promise<void> {
  switch (m.type) {
    case 'start':
      if (ready) return;
      await restoreSearchIndex(index, searchStore, await searchLibraryState(), searchLoader);
      ready = true;
      onAnnotationsChanged(onAnnotations);
      reply({ type: 'ready' });
      return;
    case 'added':
      for (const doc of await searchLoader.documents(m.ids)) index.addDocument(doc);
      dirty();
      return;
    case 'documents': {
      // Documents added, removed or renamed; notes stay, except those of removed documents.
      const present = new Set(m.documents.map((d) => d.id));
      await sync({ documents: m.documents, notes: index.state().notes.filter((n) => present.has(n.documentId)) });
      return;
    }
    case 'sync':
      await sync(await searchLibraryState());
      return;
    case 'search':
      reply({ type: 'hits', ticket: m.ticket, hits: ready ? await index.search(m.query, m.options) : [] });
      return;
  }
}

function enqueue(fn: () => Promise<void>): Promise<void> {
  const next = queue.then(fn).catch((err) => reply({ type: 'error', message: String((err as Error)?.message ?? err) }));
  queue = next;
  return next;
}

addEventListener('message', (e: MessageEvent<SearchRequest>) => void enqueue(() => handle(e.data)));

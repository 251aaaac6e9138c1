/**
 * What it takes to bring an index up to date with the library: which documents to add,
 * remove or retitle and which notes to upsert or remove. Documents are named by the hash
 * of their text, so a document with the same id never needs its text indexed again.
 */
import type { LibraryState } from './types';

export interface SyncPlan {
  addDocuments: string[];
  removeDocuments: string[];
  retitle: { id: string; title: string }[];
  upsertNotes: string[];
  removeNotes: string[];
}

export function planSync(indexed: LibraryState, now: LibraryState): SyncPlan {
  const had = new Map(indexed.documents.map((d) => [d.id, d.title]));
  const has = new Set(now.documents.map((d) => d.id));
  const notesHad = new Map(indexed.notes.map((n) => [n.id, `${n.documentId}\u0000${n.modified}`]));
  // A note of a document that is not in the library could not be opened from a hit.
  const notesNow = now.notes.filter((n) => has.has(n.documentId));
  const notesHas = new Set(notesNow.map((n) => n.id));
  return {
    addDocuments: now.documents.filter((d) => !had.has(d.id)).map((d) => d.id),
    removeDocuments: indexed.documents.filter((d) => !has.has(d.id)).map((d) => d.id),
    retitle: now.documents.filter((d) => had.has(d.id) && had.get(d.id) !== d.title),
    upsertNotes: notesNow.filter((n) => notesHad.get(n.id) !== `${n.documentId}\u0000${n.modified}`).map((n) => n.id),
    removeNotes: indexed.notes.filter((n) => !notesHas.has(n.id)).map((n) => n.id),
  };
}

/** Lets the page (or the worker) handle other events between batches of indexing. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Full-text search over every document's text and title and every note. The index
 * (lib/search) is restored from storage at start, kept up to date as documents and
 * notes change, and saved again a few seconds after the last change.
 */
import {
  onAnnotationsChanged,
  searchLibraryState,
  searchLoader,
  searchStore,
  searchTexts,
  type AnnotationChange,
} from '../db';
import { SearchIndex, restoreSearchIndex, type LibraryState, type SearchHit } from '../search';
import type { ReaderDocument } from '../model';

const SAVE_AFTER_MS = 4000;

class Search {
  ready = $state(false);
  query = $state('');
  hits = $state.raw<SearchHit[]>([]);
  searching = $state(false);
  #index = new SearchIndex({ texts: searchTexts });
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #latest = 0;

  async start(): Promise<void> {
    await restoreSearchIndex(this.#index, searchStore, await searchLibraryState(), searchLoader);
    this.ready = true;
    onAnnotationsChanged((c) => this.#onAnnotations(c));
    if (this.query) void this.run(this.query);
  }

  #dirty(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void searchStore.save(this.#index.exportIndex()), SAVE_AFTER_MS);
  }

  #onAnnotations(c: AnnotationChange): void {
    if (!this.ready) return;
    if (c.reload) {
      void this.syncWithLibrary();
      return;
    }
    for (const id of c.deleted ?? []) this.#index.removeNote(id);
    for (const a of c.put ?? []) this.#index.upsertNote(a);
    this.#dirty();
  }

  /** Brings the index up to date with the whole library (after an import of annotations). */
  async syncWithLibrary(): Promise<void> {
    if (this.ready) await this.#sync(await searchLibraryState());
  }

  /**
   * Follows the library list (documents added, removed or renamed) without reading any
   * annotation: notes stay as indexed, except those of documents that are gone.
   */
  async syncDocuments(documents: readonly { id: string; title: string }[]): Promise<void> {
    if (!this.ready) return;
    const present = new Set(documents.map((d) => d.id));
    const notes = this.#index.state().notes.filter((n) => present.has(n.documentId));
    await this.#sync({ documents, notes });
  }

  async #sync(now: LibraryState): Promise<void> {
    const report = await this.#index.sync(now, searchLoader);
    if (report.changed) {
      this.#dirty();
      if (this.query) void this.run(this.query);
    }
  }

  added(docs: ReaderDocument[]): void {
    if (!this.ready) return;
    for (const d of docs) this.#index.addDocument(d);
    this.#dirty();
  }

  async run(query: string): Promise<void> {
    this.query = query;
    const ticket = ++this.#latest;
    if (!query.trim() || !this.ready) {
      this.hits = [];
      return;
    }
    this.searching = true;
    const hits = await this.#index.search(query, { limit: 60, perDocument: 3 });
    if (ticket !== this.#latest) return;
    this.hits = hits;
    this.searching = false;
  }
}

export const search = new Search();

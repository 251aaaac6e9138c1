/**
 * Full-text search over every document's text and title and every note. The index runs
 * in a worker (lib/workers/search.worker.ts); this class sends it what changed and the
 * reader's queries, and holds the latest results for the library view.
 */
import type { SearchHit } from '../search';
import type { ReaderDocument } from '../model';
import type { SearchReply, SearchRequest } from '../workers/search-protocol';

class Search {
  ready = $state(false);
  query = $state('');
  hits = $state.raw<SearchHit[]>([]);
  error = $state<string | null>(null);
  #worker: Worker | undefined;
  #ticket = 0;

  #send(m: SearchRequest): void {
    this.#worker?.postMessage(m);
  }

  start(): void {
    if (this.#worker) return;
    this.#worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = (e: MessageEvent<SearchReply>) => this.#receive(e.data);
    this.#worker.onerror = (e) => (this.error = e.message || 'The search index could not start.');
    this.#send({ type: 'start' });
  }

  #receive(m: SearchReply): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        performance.mark('cr:search-ready');
        if (this.query) this.run(this.query);
        break;
      case 'changed':
        if (this.query) this.run(this.query);
        break;
      case 'hits':
        if (m.ticket === this.#ticket) this.hits = m.hits;
        break;
      case 'error':
        this.error = m.message;
        console.error('search worker:', m.message);
        break;
    }
  }

  /** Documents just imported (their texts are read by the worker). */
  added(docs: ReaderDocument[]): void {
    this.#send({ type: 'added', ids: docs.map((d) => d.id) });
  }

  /** The library list as it is now: the index follows additions, deletions and renames. */
  syncDocuments(documents: { id: string; title: string }[]): void {
    if (this.ready) this.#send({ type: 'documents', documents });
  }

  run(query: string): void {
    this.query = query;
    const ticket = ++this.#ticket;
    if (!query.trim()) {
      this.hits = [];
      return;
    }
    this.#send({ type: 'search', ticket, query, options: { limit: 60, perDocument: 3 } });
  }
}

export const search = new Search();

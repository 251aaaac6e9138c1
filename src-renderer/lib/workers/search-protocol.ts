/** Messages between the app and the search worker (lib/workers/search.worker.ts). */
import type { SearchHit, SearchOptions } from '../search';

export type SearchRequest =
  | { type: 'start' }
  | { type: 'added'; ids: string[] }
  | { type: 'documents'; documents: { id: string; title: string }[] }
  | { type: 'sync' }
  | { type: 'search'; ticket: number; query: string; options: SearchOptions };

export type SearchReply =
  | { type: 'ready' }
  | { type: 'changed' }
  | { type: 'hits'; ticket: number; hits: SearchHit[] }
  | { type: 'error'; message: string };

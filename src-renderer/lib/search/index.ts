export { SearchIndex, type SearchIndexOptions, type SyncOptions } from './search-index';
export { restoreSearchIndex } from './restore';
export { fingerprintOf } from './fingerprint';
export { chunksFingerprint, INDEX_FORMAT_VERSION } from './persist';
export type {
  HitKind,
  IndexableDocument,
  IndexableNote,
  IndexChunk,
  IndexStore,
  LibraryState,
  SearchHit,
  SearchOptions,
  Snippet,
  SyncLoader,
  SyncReport,
  TextSource,
} from './types';

/**
 * Start-up: restore the persisted index, bring it up to date with the library, and
 * persist it again when that changed anything. A missing, partial or outdated index is
 * rebuilt from the library.
 */
import type { SearchIndex, SyncOptions } from './search-index';
import type { IndexStore, LibraryState, SyncLoader, SyncReport } from './types';

export async function restoreSearchIndex(
  index: SearchIndex,
  store: IndexStore,
  now: LibraryState,
  loader: SyncLoader,
  options?: SyncOptions,
): Promise<SyncReport & { restored: boolean }> {
  const chunks = await store.load();
  const restored = chunks.length > 0 && index.importIndex(chunks);
  if (!restored && chunks.length) await store.clear();
  const report = await index.sync(now, loader, options);
  if (report.changed || !restored) await store.save(index.exportIndex());
  return { ...report, restored };
}

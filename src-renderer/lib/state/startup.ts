/** What happens once when the app starts, in order. */
import { requestPersistentStorage } from '../db';
import { seedSampleLibrary } from '../samples/seed';
import { settings } from './settings.svelte';
import { history } from './history.svelte';
import { imports } from './imports.svelte';
import { search } from './search.svelte';

export async function startApp(): Promise<void> {
  await settings.load();
  void requestPersistentStorage();
  await seedSampleLibrary();
  await history.refresh();
  imports.onAdded = (docs) => search.added(docs);
  // The index builds or restores in a worker; the library is usable meanwhile.
  search.start();
}

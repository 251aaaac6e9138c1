/** What happens once when the app starts, in order. */
import { requestPersistentStorage } from '../db';
import { seedSampleLibrary } from '../samples/seed';
import { settings } from './settings.svelte';
import { history } from './history.svelte';

export async function startApp(): Promise<void> {
  await settings.load();
  void requestPersistentStorage();
  await seedSampleLibrary();
  await history.refresh();
}

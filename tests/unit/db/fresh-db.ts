import { CloseReaderDB, useDatabase } from '../../../src-renderer/lib/db';

/** A new, empty database for one test (fake-indexeddb keeps them apart by name). */
export function freshDatabase(): CloseReaderDB {
  return useDatabase(new CloseReaderDB(`test-${crypto.randomUUID()}`));
}

/**
 * Opens the guide's database once per context. A worker that was stopped
 * starts with no open connection; this reopens lazily, and forgets a
 * connection the browser closed (or another context wants upgraded).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgradeGuideDb, type GuideDb } from './schema';

let opening: Promise<IDBPDatabase<GuideDb>> | null = null;

export function openGuideDb(name = DB_NAME): Promise<IDBPDatabase<GuideDb>> {
  opening ??= openDB<GuideDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // idb types the upgrade with the latest schema; migrations need the older stores too.
      void upgradeGuideDb(db as never, oldVersion, tx as never);
    },
    blocking() {
      // A newer version is waiting (an update): let it in, reopen on next use.
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw new Error('Could not open the progress database', { cause: error });
  });
  return opening;
}

/** For tests: drop the cached connection so the next call opens afresh. */
export async function closeGuideDb(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}

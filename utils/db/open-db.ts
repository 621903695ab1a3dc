/**
 * Opens the guide's database once per context. A worker that was stopped
 * starts with no open connection; this reopens lazily, and forgets a
 * connection the browser closed (or another context wants upgraded).
 *
 * A database at a newer version than this release knows is never upgraded,
 * changed or deleted: opening fails with a NewerDatabaseError, and the popup
 * offers to export what is there (export-db.ts).
 */
import type { IDBPDatabase } from 'idb';
import { MIGRATIONS } from './migrations/migrations';
import { openMigratedDb } from './migrations/run-migrations';
import { NewerDatabaseError, isVersionError } from './newer-database';
import { DB_NAME, type GuideDb } from './schema';

let opening: Promise<IDBPDatabase<GuideDb>> | null = null;

export function openGuideDb(name = DB_NAME): Promise<IDBPDatabase<GuideDb>> {
  opening ??= openMigratedDb<GuideDb>(name, MIGRATIONS, {
    blocking() {
      // A newer version is waiting (an update, or the database being deleted): let it in, reopen on next use.
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    if (isVersionError(error)) throw new NewerDatabaseError({ cause: error });
    throw new Error('Could not open the progress database', { cause: error });
  });
  return opening;
}

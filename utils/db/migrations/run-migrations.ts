/**
 * Opens a database through its migrations. Each migration newer than the
 * stored version runs in order inside the one upgrade transaction; if any
 * throws, the transaction is aborted, so the version change and every store
 * change roll back together and the old data stays readable at the old
 * version. The open then fails with the migration's error.
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';
import type { Migration, UpgradeDb, UpgradeTx } from './migration';

async function runMigrations(
  migrations: readonly Migration[],
  db: UpgradeDb,
  oldVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (const migration of migrations) {
    if (oldVersion < migration.version) await migration.migrate(db, tx);
  }
}

export async function openMigratedDb<Schema extends DBSchema | unknown = unknown>(
  name: string,
  migrations: readonly Migration[],
  callbacks: Pick<OpenDBCallbacks<Schema>, 'blocking' | 'terminated'> = {},
): Promise<IDBPDatabase<Schema>> {
  const version = migrations.at(-1)?.version ?? 1;
  let failed: { error: unknown } | null = null;
  let db: IDBPDatabase<Schema>;
  try {
    db = await openDB<Schema>(name, version, {
      ...callbacks,
      upgrade(upgradeDb, oldVersion, _newVersion, tx) {
        // The abort is reported by openDB's rejection; `done` would only repeat it.
        tx.done.catch(() => undefined);
        // idb types the upgrade with the latest schema; migrations see the older stores too.
        runMigrations(migrations, upgradeDb as never, oldVersion, tx as never).catch(
          (error: unknown) => {
            failed = { error };
            try {
              tx.abort();
            } catch {
              // Already committed (a migration awaited something else): caught below.
            }
          },
        );
      },
    });
  } catch (error) {
    throw (failed as { error: unknown } | null)?.error ?? error;
  }
  if (failed) {
    db.close();
    throw (failed as { error: unknown }).error;
  }
  return db;
}

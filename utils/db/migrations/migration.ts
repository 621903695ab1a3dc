/**
 * One step of the database's upgrade path: the version it brings the
 * database to, and the change. Migrations see the stores as they were at
 * their own version, so they are typed loosely, never with today's schema.
 *
 * A migration may await only requests on `tx`: anything else (a timer, a
 * message) lets the upgrade transaction commit half-way.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export interface Migration {
  version: number;
  migrate(db: UpgradeDb, tx: UpgradeTx): void | Promise<void>;
}

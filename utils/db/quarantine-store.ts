/**
 * The quarantine: records, or parts of records, that could not be read. They
 * are moved here as stored, with where they came from and when, and never
 * deleted by the extension. The popup shows a notice while there are any; the
 * support report carries their number only, never their content.
 */
import type { IDBPDatabase } from 'idb';
import { jsonPath } from '../data-file/json-path';
import type { GuideDb, QuarantineEntry } from './schema';

/** A part of a record that could not be read: where in the record (path segments), and what was there. */
export interface UnreadablePart {
  path: readonly string[];
  value: unknown;
}

/** The quarantine store of a read-write transaction (its other stores do not matter here). */
interface QuarantineWriter {
  add?: (entry: QuarantineEntry) => Promise<unknown>;
}

/** Moves the unreadable parts of `store`/`key` to the quarantine, in the caller's transaction. */
export async function setAside(
  quarantine: QuarantineWriter,
  store: string,
  key: string,
  parts: readonly UnreadablePart[],
  at: number,
): Promise<void> {
  for (const { path, value } of parts) {
    await quarantine.add!({ at, store, key, path: jsonPath(path), value });
  }
}

export async function countQuarantined(db: IDBPDatabase<GuideDb>): Promise<number> {
  return db.count('quarantine');
}

/** Oldest first, with their ids. */
export async function readQuarantine(db: IDBPDatabase<GuideDb>) {
  return db.getAll('quarantine');
}

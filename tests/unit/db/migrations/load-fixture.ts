/**
 * Recorded fixtures of what each past version stored (fixtures/v<n>.json, in
 * the same shape as the popup's "Export saved data" file): written into
 * fake-indexeddb with that version's own schema (its stores, key paths and
 * indexes, from the fixture), so the current code opens exactly what an
 * installed older release left behind.
 */
import { openDB } from 'idb';
import { uniqueDbName } from '../fresh-db';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';

interface FixtureStore {
  keyPath: string | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string; unique: boolean; multiEntry: boolean }[];
  records: { key: IDBValidKey; value: unknown }[];
}

export interface DbFixture {
  version: number;
  stores: Record<string, FixtureStore>;
}

export const FIXTURES: Record<1 | 2 | 3, DbFixture> = { 1: v1, 2: v2, 3: v3 };

/** Writes `fixture` into a new database (or `name`) at the fixture's version; returns its name. */
export async function loadFixture(fixture: DbFixture, name = uniqueDbName(`v${fixture.version}`)) {
  const db = await openDB(name, fixture.version, {
    upgrade(old) {
      for (const [storeName, store] of Object.entries(fixture.stores)) {
        const created = old.createObjectStore(storeName, {
          ...(store.keyPath === null ? {} : { keyPath: store.keyPath }),
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes) {
          created.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
    },
  });
  for (const [storeName, store] of Object.entries(fixture.stores)) {
    for (const { key, value } of store.records) {
      if (store.keyPath === null) await db.put(storeName, value, key);
      else await db.put(storeName, value);
    }
  }
  db.close();
  return name;
}

/** The records of one store of a fixture, as stored (values only). */
export function fixtureValues(fixture: DbFixture, store: string): unknown[] {
  return fixture.stores[store]?.records.map((r) => r.value) ?? [];
}

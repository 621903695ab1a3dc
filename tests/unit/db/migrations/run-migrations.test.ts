import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Migration } from '@/utils/db/migrations/migration';
import { MIGRATIONS } from '@/utils/db/migrations/migrations';
import { openMigratedDb } from '@/utils/db/migrations/run-migrations';
import { v1StateStore } from '@/utils/db/migrations/v1-state-store';
import { DB_VERSION } from '@/utils/db/schema';
import { uniqueDbName } from '../fresh-db';

const LEGACY = { done: ['sync'], updatedAt: 5 };

/** A version 1 database holding one record. */
async function v1Fixture(): Promise<string> {
  const name = uniqueDbName('failing');
  const db = await openDB(name, 1, {
    upgrade(v1) {
      v1.createObjectStore('state');
    },
  });
  await db.put('state', LEGACY, 'progress');
  db.close();
  return name;
}

/** Changes the schema, reads through the upgrade transaction, then fails. */
const failsAfterAwait: Migration = {
  version: 2,
  async migrate(db, tx) {
    db.createObjectStore('half-done');
    await tx.objectStore('state').get('progress');
    throw new Error('migration failed');
  },
};

const failsAtOnce: Migration = {
  version: 2,
  migrate(db) {
    db.createObjectStore('half-done');
    throw new Error('migration failed at once');
  },
};

async function expectUntouchedV1(name: string) {
  const db = await openDB(name);
  expect(db.version).toBe(1);
  expect([...db.objectStoreNames]).toEqual(['state']);
  expect(await db.get('state', 'progress')).toEqual(LEGACY);
  db.close();
}

describe('running migrations', () => {
  it('ends with DB_VERSION, one version per migration', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  it('aborts the upgrade when a migration throws after an await: the old version stays readable', async () => {
    const name = await v1Fixture();
    await expect(openMigratedDb(name, [v1StateStore, failsAfterAwait])).rejects.toThrow(
      'migration failed',
    );
    await expectUntouchedV1(name);
  });

  it('aborts the upgrade when a migration throws before any await', async () => {
    const name = await v1Fixture();
    await expect(openMigratedDb(name, [v1StateStore, failsAtOnce])).rejects.toThrow(
      'migration failed at once',
    );
    await expectUntouchedV1(name);
  });

  it('runs only the migrations newer than the stored version', async () => {
    const name = await v1Fixture();
    const ran: number[] = [];
    const record = (version: number): Migration => ({
      version,
      migrate: () => void ran.push(version),
    });
    const db = await openMigratedDb(name, [record(1), record(2), record(3)]);
    expect(ran).toEqual([2, 3]);
    expect(db.version).toBe(3);
    db.close();
  });
});

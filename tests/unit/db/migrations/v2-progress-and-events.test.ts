import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openMigratedDb } from '@/utils/db/migrations/run-migrations';
import { v1StateStore } from '@/utils/db/migrations/v1-state-store';
import {
  migrateProgressV1,
  v2ProgressAndEvents,
} from '@/utils/db/migrations/v2-progress-and-events';
import { uniqueDbName } from '../fresh-db';

const UP_TO_V2 = [v1StateStore, v2ProgressAndEvents];

/** A database as version 1 left it, written with version 1's schema. */
async function v1Fixture(record?: unknown): Promise<string> {
  const name = uniqueDbName('v2');
  const db = await openDB(name, 1, {
    upgrade(v1) {
      v1.createObjectStore('state');
    },
  });
  if (record !== undefined) await db.put('state', record, 'progress');
  db.close();
  return name;
}

describe('migration v2: progress and events', () => {
  it('carries the done steps over with their time, as seen, and drops the state store', async () => {
    const name = await v1Fixture({ done: ['sync', 'verify-email', 'bogus'], updatedAt: 77 });
    const db = await openMigratedDb(name, UP_TO_V2);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['events', 'progress']);
    expect([...db.transaction('events').store.indexNames]).toEqual(['by-at']);
    expect(await db.get('progress', 'current')).toEqual({
      steps: { sync: { how: 'seen', at: 77 }, 'verify-email': { how: 'seen', at: 77 } },
      lastPage: null,
      pageUrls: {},
      updatedAt: 77,
    });
    db.close();
  });

  it('writes no progress record when version 1 had none', async () => {
    const db = await openMigratedDb(await v1Fixture(), UP_TO_V2);
    expect(await db.count('progress')).toBe(0);
    db.close();
  });

  it('reads version 1 records defensively', () => {
    expect(migrateProgressV1(null).steps).toEqual({});
    expect(migrateProgressV1({ done: 'sync' }).steps).toEqual({});
    expect(migrateProgressV1({ done: ['set-pin'] }).steps).toEqual({
      'set-pin': { how: 'seen', at: 0 },
    });
  });
});

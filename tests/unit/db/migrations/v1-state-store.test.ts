import { describe, expect, it } from 'vitest';
import { openMigratedDb } from '@/utils/db/migrations/run-migrations';
import { v1StateStore } from '@/utils/db/migrations/v1-state-store';
import { uniqueDbName } from '../fresh-db';

describe('migration v1: the state store', () => {
  it('creates the one state store in a new database', async () => {
    const db = await openMigratedDb(uniqueDbName('v1'), [v1StateStore]);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).toEqual(['state']);
    db.close();
  });
});

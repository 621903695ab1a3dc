import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Migration } from '@/utils/db/migrations/migration';
import { openMigratedDb } from '@/utils/db/migrations/run-migrations';
import { v1StateStore } from '@/utils/db/migrations/v1-state-store';
import { v2ProgressAndEvents } from '@/utils/db/migrations/v2-progress-and-events';
import { v3NotesSettingsPacks } from '@/utils/db/migrations/v3-notes-settings-packs';
import { v4Quarantine } from '@/utils/db/migrations/v4-quarantine';
import { FIXTURES, fixtureValues, loadFixture } from './load-fixture';

const UP_TO_V3 = [v1StateStore, v2ProgressAndEvents, v3NotesSettingsPacks];
const V3 = FIXTURES[3];

async function storeContents(name: string) {
  const db = await openDB(name);
  const contents: Record<string, unknown[]> = {};
  for (const store of [...db.objectStoreNames]) contents[store] = await db.getAll(store);
  const version = db.version;
  db.close();
  return { version, contents };
}

describe('migration v4: the quarantine', () => {
  it('adds an empty quarantine store to the recorded version 3 database and changes nothing else', async () => {
    const name = await loadFixture(V3);
    const before = await storeContents(name);
    const db = await openMigratedDb(name, [...UP_TO_V3, v4Quarantine]);
    expect(db.version).toBe(4);
    expect([...db.objectStoreNames].sort()).toEqual([
      'diagnostics',
      'events',
      'packs',
      'progress',
      'quarantine',
      'settings',
    ]);
    const quarantine = db.transaction('quarantine').store;
    expect(quarantine.keyPath).toBe('id');
    expect(quarantine.autoIncrement).toBe(true);
    expect(await db.count('quarantine')).toBe(0);
    db.close();
    const after = await storeContents(name);
    expect(after.contents).toEqual({ ...before.contents, quarantine: [] });
    expect(after.contents.progress).toEqual(fixtureValues(V3, 'progress'));
  });

  it('a failing v4 leaves the version 3 data readable at version 3', async () => {
    const name = await loadFixture(V3);
    const failing: Migration = {
      version: 4,
      async migrate(db, tx) {
        db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
        await tx.objectStore('progress').get('current');
        throw new Error('v4 failed');
      },
    };
    await expect(openMigratedDb(name, [...UP_TO_V3, failing])).rejects.toThrow('v4 failed');
    const after = await storeContents(name);
    expect(after.version).toBe(3);
    expect(Object.keys(after.contents).sort()).toEqual(Object.keys(V3.stores).sort());
    expect(after.contents.progress).toEqual(fixtureValues(V3, 'progress'));
    expect(after.contents.settings).toEqual(fixtureValues(V3, 'settings'));
  });
});

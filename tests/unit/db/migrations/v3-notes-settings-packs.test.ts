import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openMigratedDb } from '@/utils/db/migrations/run-migrations';
import { v1StateStore } from '@/utils/db/migrations/v1-state-store';
import { v2ProgressAndEvents } from '@/utils/db/migrations/v2-progress-and-events';
import { v3NotesSettingsPacks } from '@/utils/db/migrations/v3-notes-settings-packs';
import { uniqueDbName } from '../fresh-db';

const PROGRESS = {
  steps: { sync: { how: 'seen', at: 3 } },
  lastPage: null,
  pageUrls: {},
  updatedAt: 3,
};
const EVENT = { kind: 'page', at: 3, pageId: 'ap-connect' };

/** A database as version 2 left it, written with version 2's schema. */
async function v2Fixture(): Promise<string> {
  const name = uniqueDbName('v3');
  const db = await openDB(name, 2, {
    upgrade(v2) {
      v2.createObjectStore('progress');
      v2.createObjectStore('events', { keyPath: 'id', autoIncrement: true }).createIndex(
        'by-at',
        'at',
      );
    },
  });
  await db.put('progress', PROGRESS, 'current');
  await db.add('events', EVENT);
  db.close();
  return name;
}

describe('migration v3: notes, settings and packs', () => {
  it('adds the new stores and keeps progress and the event log as they were', async () => {
    const db = await openMigratedDb(await v2Fixture(), [
      v1StateStore,
      v2ProgressAndEvents,
      v3NotesSettingsPacks,
    ]);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'diagnostics',
      'events',
      'packs',
      'progress',
      'settings',
    ]);
    expect(await db.get('progress', 'current')).toEqual(PROGRESS);
    expect(await db.getAll('events')).toEqual([{ ...EVENT, id: 1 }]);
    expect(await db.count('settings')).toBe(0);
    db.close();
  });
});

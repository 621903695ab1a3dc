import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { addDiagnostic, MAX_DIAGNOSTICS, readDiagnostics } from '@/utils/db/diagnostics-store';
import { openGuideDb } from '@/utils/db/open-db';
import { readProgress } from '@/utils/db/read-progress';
import { DB_NAME, PROGRESS_KEY, SETTINGS_KEY } from '@/utils/db/schema';
import { readSettings, updateSettings } from '@/utils/db/settings-store';
import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

beforeEach(freshDb);
afterEach(freshDb);

const note = (at: number): Diagnostic => ({
  at,
  site: 'alipay',
  pageId: 'ap-connect',
  step: 'sync',
  expected: 'connect',
  found: ['connectHeading'],
  missing: ['connect'],
});

describe('IndexedDB version 3', () => {
  it('upgrades a version 2 database, keeping progress and adding the new stores', async () => {
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('progress');
        db.createObjectStore('events', { keyPath: 'id', autoIncrement: true }).createIndex(
          'by-at',
          'at',
        );
      },
    });
    await v2.put(
      'progress',
      { steps: { sync: { how: 'seen', at: 3 } }, lastPage: null, pageUrls: {}, updatedAt: 3 },
      PROGRESS_KEY,
    );
    v2.close();
    const db = await openGuideDb();
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'diagnostics',
      'events',
      'packs',
      'progress',
      'settings',
    ]);
    expect((await readProgress(db)).steps).toEqual({ sync: { how: 'seen', at: 3 } });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('stores settings, and falls back to defaults for a damaged record', async () => {
    const db = await openGuideDb();
    expect(await updateSettings(db, { guideEnabled: false })).toEqual({
      guideEnabled: false,
      language: 'auto',
    });
    expect((await readSettings(db)).guideEnabled).toBe(false);
    await db.put('settings', { guideEnabled: 'maybe', language: 'xx' } as never, SETTINGS_KEY);
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the newest diagnostics only', async () => {
    const db = await openGuideDb();
    for (let i = 0; i < MAX_DIAGNOSTICS + 5; i += 1) await addDiagnostic(db, note(i));
    const kept = await readDiagnostics(db);
    expect(kept).toHaveLength(MAX_DIAGNOSTICS);
    expect(kept[0]?.at).toBe(5);
    expect(kept.at(-1)).toEqual(note(MAX_DIAGNOSTICS + 4));
  });
});

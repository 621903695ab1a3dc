/**
 * Every past version → the current one, on recorded fixtures of what each
 * version stored, opened with the current code (MIGRATIONS, and the readers
 * the popup and background use).
 */
import { describe, expect, it } from 'vitest';
import { readDiagnostics } from '@/utils/db/diagnostics-store';
import { MIGRATIONS } from '@/utils/db/migrations/migrations';
import { openMigratedDb } from '@/utils/db/migrations/run-migrations';
import { readActivePack } from '@/utils/db/packs-store';
import { readEvents } from '@/utils/db/progress-store';
import { countQuarantined } from '@/utils/db/quarantine-store';
import { readProgress } from '@/utils/db/read-progress';
import { DB_VERSION, type GuideDb } from '@/utils/db/schema';
import { readSettings } from '@/utils/db/settings-store';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { FIXTURES, fixtureValues, loadFixture } from './load-fixture';

const CURRENT_STORES = ['diagnostics', 'events', 'packs', 'progress', 'quarantine', 'settings'];

async function openCurrent(version: 1 | 2 | 3) {
  const db = await openMigratedDb<GuideDb>(await loadFixture(FIXTURES[version]), MIGRATIONS);
  expect(db.version).toBe(DB_VERSION);
  expect([...db.objectStoreNames].sort()).toEqual(CURRENT_STORES);
  return db;
}

describe('upgrading from every past version to the current one', () => {
  it('v1 → current: the done steps, as seen at the recorded time', async () => {
    const db = await openCurrent(1);
    const at = 1_700_000_000_000;
    expect(await readProgress(db)).toEqual({
      steps: { sync: { how: 'seen', at }, 'verify-email': { how: 'seen', at } },
      lastPage: null,
      pageUrls: {},
      updatedAt: at,
    });
    expect(await readEvents(db)).toEqual([]);
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await countQuarantined(db)).toBe(0);
    db.close();
  });

  it('v2 → current: progress and the event log as they were', async () => {
    const db = await openCurrent(2);
    const [progress] = fixtureValues(FIXTURES[2], 'progress');
    expect(await readProgress(db)).toEqual(progress);
    expect(await readEvents(db)).toEqual(
      fixtureValues(FIXTURES[2], 'events').map((e) => {
        const { id: _id, ...rest } = e as { id: number };
        return rest;
      }),
    );
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await readActivePack(db)).toBeNull();
    expect(await countQuarantined(db)).toBe(0);
    db.close();
  });

  it('v3 → current: progress, log, notes, settings and the active pack as they were', async () => {
    const db = await openCurrent(3);
    const v3 = FIXTURES[3];
    const [progress] = fixtureValues(v3, 'progress');
    expect(await readProgress(db)).toEqual(progress);
    expect(await readEvents(db)).toHaveLength(2);
    expect((await readDiagnostics(db)).map((d) => d.expected)).toEqual(['linkCard']);
    expect(await readSettings(db)).toEqual({ guideEnabled: false, language: 'es' });
    expect((await readActivePack(db))?.id).toBe('example-support-pack');
    expect(await countQuarantined(db)).toBe(0);
    // Reading changed nothing: every record is byte for byte what the fixture stored.
    for (const store of Object.keys(v3.stores)) {
      expect(await db.getAll(store as 'progress'), store).toEqual(fixtureValues(v3, store));
    }
    db.close();
  });

  it('the current version opens again without running anything', async () => {
    const db = await openCurrent(3);
    const name = db.name;
    db.close();
    const again = await openMigratedDb<GuideDb>(name, MIGRATIONS);
    expect(again.version).toBe(DB_VERSION);
    again.close();
  });
});

/**
 * A database written by a newer release (a downgrade): it gets its own error,
 * and what is there can be exported without upgrading, changing or deleting it.
 */
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, openGuideDbAfterRestart, uniqueDbName } from './fresh-db';
import {
  exportDatabase,
  SAVED_DATA_FORMAT,
  savedDataFileName,
  savedDataJson,
} from '@/utils/db/export-db';
import { isNewerDatabaseError, NewerDatabaseError } from '@/utils/db/newer-database';
import { DB_NAME, DB_VERSION } from '@/utils/db/schema';

beforeEach(freshDb);
afterEach(freshDb);

const NEWER = DB_VERSION + 5;
const PROGRESS = {
  steps: { sync: { how: 'seen', at: 1 } },
  lastPage: null,
  pageUrls: {},
  updatedAt: 1,
  futureField: { nested: [1, 2] },
};

/** The guide's database as a newer release left it: a store we know, one we do not, at a higher version. */
async function newerDatabase() {
  const db = await openDB(DB_NAME, NEWER, {
    upgrade(d) {
      d.createObjectStore('progress');
      d.createObjectStore('journeys', { keyPath: 'id', autoIncrement: true }).createIndex(
        'by-at',
        'at',
      );
    },
  });
  await db.put('progress', PROGRESS, 'current');
  await db.add('journeys', { at: 5, name: 'second card' });
  db.close();
}

async function snapshot(name = DB_NAME) {
  const db = await openDB(name);
  const out = {
    version: db.version,
    progress: await db.getAll('progress'),
    journeys: await db.getAll('journeys'),
  };
  db.close();
  return out;
}

describe('a database at a newer version than this release knows', () => {
  it('fails to open with its own error, and is left as it was', async () => {
    await newerDatabase();
    const before = await snapshot();
    const error: unknown = await openGuideDbAfterRestart().catch((e: unknown) => e);
    // A restarted module has its own class: the popup tells the error by its name.
    expect(isNewerDatabaseError(error)).toBe(true);
    expect(isNewerDatabaseError(new NewerDatabaseError())).toBe(true);
    expect(isNewerDatabaseError(new Error('Could not open the progress database'))).toBe(false);
    expect((error as Error).cause).toMatchObject({ name: 'VersionError' });
    expect(await snapshot()).toEqual(before);
    expect(before.version).toBe(NEWER);
  });

  it('exports every store’s records as plain JSON, without upgrading or changing it', async () => {
    await newerDatabase();
    const before = await snapshot();
    const data = await exportDatabase(DB_NAME, Date.UTC(2025, 0, 2));
    expect(data).toEqual({
      format: SAVED_DATA_FORMAT,
      formatVersion: 1,
      exportedAt: '2025-01-02T00:00:00.000Z',
      database: DB_NAME,
      version: NEWER,
      stores: {
        journeys: {
          keyPath: 'id',
          autoIncrement: true,
          indexes: [{ name: 'by-at', keyPath: 'at', unique: false, multiEntry: false }],
          records: [{ key: 1, value: { at: 5, name: 'second card', id: 1 } }],
        },
        progress: {
          keyPath: null,
          autoIncrement: false,
          indexes: [],
          records: [{ key: 'current', value: PROGRESS }],
        },
      },
    });
    expect(JSON.parse(savedDataJson(data))).toEqual(data);
    expect(savedDataFileName(data)).toBe(`alipay-card-guide-saved-data-v${NEWER}-2025-01-02.json`);
    expect(await snapshot()).toEqual(before);
  });

  it('writes what JSON cannot hold as readable values', () => {
    const text = savedDataJson({
      format: SAVED_DATA_FORMAT,
      formatVersion: 1,
      exportedAt: '2025-01-02T00:00:00.000Z',
      database: 'x',
      version: 1,
      stores: {
        s: {
          keyPath: null,
          autoIncrement: false,
          indexes: [],
          records: [
            {
              key: 1,
              value: { at: Number.NaN, big: 10n, when: new Date(0), bytes: new Uint8Array(3) },
            },
          ],
        },
      },
    });
    expect(JSON.parse(text).stores.s.records[0].value).toEqual({
      at: 'NaN',
      big: '10',
      when: '1970-01-01T00:00:00.000Z',
      bytes: { binaryBytes: 3 },
    });
  });

  it('exporting a database that does not exist fails without creating it', async () => {
    const name = uniqueDbName('missing');
    await expect(exportDatabase(name)).rejects.toThrow();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});

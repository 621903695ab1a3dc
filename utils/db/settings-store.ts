/**
 * Reads and writes the guide's settings; a damaged record falls back to the
 * defaults. Zod-free (the guard is held to the schema by a unit test), so the
 * popup can read settings within its size budget.
 */
import type { IDBPDatabase } from 'idb';
import { isSettings } from '../guards/settings-guard';
import { DEFAULT_SETTINGS, type GuideSettings } from '../settings/settings';
import { SETTINGS_KEY, type GuideDb } from './schema';

function parseStoredSettings(raw: unknown): GuideSettings {
  const merged: unknown = { ...DEFAULT_SETTINGS, ...(typeof raw === 'object' ? raw : {}) };
  return isSettings(merged) && Object.keys(merged).length === 2 ? merged : DEFAULT_SETTINGS;
}

export async function readSettings(db: IDBPDatabase<GuideDb>): Promise<GuideSettings> {
  return parseStoredSettings(await db.get('settings', SETTINGS_KEY));
}

export async function updateSettings(
  db: IDBPDatabase<GuideDb>,
  patch: Partial<GuideSettings>,
): Promise<GuideSettings> {
  const tx = db.transaction('settings', 'readwrite');
  const next = { ...parseStoredSettings(await tx.store.get(SETTINGS_KEY)), ...patch };
  await tx.store.put(next, SETTINGS_KEY);
  await tx.done;
  return next;
}

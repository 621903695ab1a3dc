/** Reads and writes the guide's settings; a damaged record falls back to the defaults. */
import type { IDBPDatabase } from 'idb';
import { DEFAULT_SETTINGS, type GuideSettings } from '../settings/settings';
import { settingsSchema } from '../settings/settings-schema';
import { SETTINGS_KEY, type GuideDb } from './schema';

export async function readSettings(db: IDBPDatabase<GuideDb>): Promise<GuideSettings> {
  const parsed = settingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(await db.get('settings', SETTINGS_KEY)),
  });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(
  db: IDBPDatabase<GuideDb>,
  patch: Partial<GuideSettings>,
): Promise<GuideSettings> {
  const tx = db.transaction('settings', 'readwrite');
  const current = settingsSchema.safeParse({
    ...DEFAULT_SETTINGS,
    ...(await tx.store.get(SETTINGS_KEY)),
  });
  const next = { ...(current.success ? current.data : DEFAULT_SETTINGS), ...patch };
  await tx.store.put(next, SETTINGS_KEY);
  await tx.done;
  return next;
}

/**
 * Reads and writes the guide's settings. Zod-free (the guard is held to the
 * schema by a unit test), so the popup can read settings within its size
 * budget. As with progress (read-progress.ts), nothing is lost silently: a
 * field this release does not know is written back as it was, and a known
 * field that cannot be read falls back to its default while what was there
 * goes to the quarantine.
 */
import type { IDBPDatabase } from 'idb';
import { HOSTILE_KEYS } from '../guards/hostile-keys';
import { isRecord } from '../guards/is-record';
import { DEFAULT_SETTINGS, LANGUAGE_SETTINGS, type GuideSettings } from '../settings/settings';
import { setAside, type UnreadablePart } from './quarantine-store';
import { SETTINGS_KEY, type GuideDb } from './schema';

const FIELD_OK: Record<keyof GuideSettings, (v: unknown) => boolean> = {
  guideEnabled: (v) => typeof v === 'boolean',
  language: (v) => (LANGUAGE_SETTINGS as readonly unknown[]).includes(v),
};

interface DecodedSettings {
  settings: GuideSettings;
  extras: Record<string, unknown>;
  unreadable: UnreadablePart[];
}

export function decodeStoredSettings(raw: unknown): DecodedSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const decoded = { settings: settings as unknown as GuideSettings, extras: {}, unreadable: [] };
  const { extras, unreadable } = decoded as DecodedSettings;
  if (raw === undefined) return decoded;
  if (!isRecord(raw)) {
    unreadable.push({ path: [], value: raw });
    return decoded;
  }
  for (const [key, value] of Object.entries(raw)) {
    const ok = Object.hasOwn(FIELD_OK, key) ? FIELD_OK[key as keyof GuideSettings] : null;
    if (HOSTILE_KEYS.has(key) || (ok && !ok(value))) unreadable.push({ path: [key], value });
    else if (ok) settings[key] = value;
    else extras[key] = value;
  }
  return decoded;
}

async function change(
  db: IDBPDatabase<GuideDb>,
  patch: Partial<GuideSettings> | null,
  at: number,
): Promise<GuideSettings> {
  const tx = db.transaction(['settings', 'quarantine'], 'readwrite');
  const store = tx.objectStore('settings');
  const decoded = decodeStoredSettings(await store.get(SETTINGS_KEY));
  await setAside(tx.objectStore('quarantine'), 'settings', SETTINGS_KEY, decoded.unreadable, at);
  const next = { ...decoded.settings, ...patch };
  if (patch || decoded.unreadable.length > 0) {
    await store.put!({ ...decoded.extras, ...next }, SETTINGS_KEY);
  }
  await tx.done;
  return next;
}

/** The settings; a record with fields that cannot be read is repaired at once (see above). */
export async function readSettings(
  db: IDBPDatabase<GuideDb>,
  now: () => number = Date.now,
): Promise<GuideSettings> {
  const decoded = decodeStoredSettings(await db.get('settings', SETTINGS_KEY));
  return decoded.unreadable.length === 0 ? decoded.settings : change(db, null, now());
}

export async function updateSettings(
  db: IDBPDatabase<GuideDb>,
  patch: Partial<GuideSettings>,
  now: () => number = Date.now,
): Promise<GuideSettings> {
  return change(db, patch, now());
}

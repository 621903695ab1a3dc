import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { NOTE_FIELDS } from '../diagnostic-fixture';
import { addDiagnostic, MAX_DIAGNOSTICS, readDiagnostics } from '@/utils/db/diagnostics-store';
import { openGuideDb } from '@/utils/db/open-db';
import { SETTINGS_KEY } from '@/utils/db/schema';
import { readSettings, updateSettings } from '@/utils/db/settings-store';
import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

beforeEach(freshDb);
afterEach(freshDb);

const note = (at: number): Diagnostic => ({
  ...NOTE_FIELDS,
  at,
  found: [...NOTE_FIELDS.found],
  missing: [...NOTE_FIELDS.missing],
});

describe('settings and diagnostics stores', () => {
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

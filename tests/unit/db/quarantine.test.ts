/**
 * Issue #12: storage that never loses a record silently. Unknown fields are
 * kept and written back; a part that cannot be read costs only itself and
 * goes to the quarantine, as stored, with where it came from and when.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { openGuideDb } from '@/utils/db/open-db';
import { applyProgressAction } from '@/utils/db/progress-store';
import { countQuarantined, readQuarantine } from '@/utils/db/quarantine-store';
import { readProgress } from '@/utils/db/read-progress';
import { PROGRESS_KEY, SETTINGS_KEY } from '@/utils/db/schema';
import { readSettings, updateSettings } from '@/utils/db/settings-store';
import { collectReport, reportDeps } from '@/utils/report/collect-report';
import { reportToText } from '@/utils/report/report-text';

beforeEach(freshDb);
afterEach(freshDb);

/** What a newer release might write: fields and a step this release does not know. */
const FROM_NEWER = {
  steps: {
    sync: { how: 'seen', at: 1, proof: 'ap-connect' },
    'verify-email': { how: 'seen', at: 2 },
    'verify-phone': { how: 'seen', at: 2, via: 'sms' },
  },
  lastPage: { site: 'alipay', pageId: 'ap-security', at: 2, tabKind: 'popup' },
  pageUrls: { 'ap-security': 'https://www.alipay.com/security' },
  updatedAt: 2,
  schemaRevision: 7,
};

async function stored() {
  return (await openGuideDb()).get('progress', PROGRESS_KEY) as Promise<Record<string, unknown>>;
}

async function put(value: unknown) {
  await (await openGuideDb()).put('progress', value as never, PROGRESS_KEY);
}

describe('forward compatibility: unknown fields are kept', () => {
  it('reads a record with unknown fields whole, and writes them back on the next change', async () => {
    await put(FROM_NEWER);
    const db = await openGuideDb();
    const progress = await readProgress(db);
    expect(progress).toEqual({
      steps: { sync: { how: 'seen', at: 1 }, 'verify-email': { how: 'seen', at: 2 } },
      lastPage: { site: 'alipay', pageId: 'ap-security', at: 2 },
      pageUrls: { 'ap-security': 'https://www.alipay.com/security' },
      updatedAt: 2,
    });
    await applyProgressAction(db, { type: 'mark-done', at: 3, step: 'set-pin' });
    expect(await stored()).toEqual({
      ...FROM_NEWER,
      steps: { ...FROM_NEWER.steps, 'set-pin': { how: 'manual', at: 3 } },
      updatedAt: 3,
    });
    expect(await countQuarantined(db)).toBe(0);
  });

  it('drops a step’s unknown fields with the step, and unknown steps on a reset only', async () => {
    await put(FROM_NEWER);
    const db = await openGuideDb();
    await applyProgressAction(db, { type: 'undo', at: 3, step: 'sync' });
    const afterUndo = await stored();
    expect(afterUndo.steps).toEqual({ 'verify-phone': FROM_NEWER.steps['verify-phone'] });
    expect(afterUndo.schemaRevision).toBe(7);
    await applyProgressAction(db, { type: 'reset', at: 4 });
    expect(await stored()).toEqual({
      steps: {},
      lastPage: null,
      pageUrls: {},
      updatedAt: 4,
      schemaRevision: 7,
    });
  });

  it('keeps the last page’s unknown fields only while it is the same page', async () => {
    await put(FROM_NEWER);
    const db = await openGuideDb();
    const seen = { type: 'page-seen', site: 'alipay', url: null, evidence: [] as [] } as const;
    await applyProgressAction(db, { ...seen, at: 3, pageId: null });
    expect((await stored()).lastPage).toEqual(FROM_NEWER.lastPage);
    await applyProgressAction(db, { ...seen, at: 4, pageId: 'ap-cards' });
    expect((await stored()).lastPage).toEqual({ site: 'alipay', pageId: 'ap-cards', at: 4 });
  });
});

describe('quarantine: what cannot be read is set aside, never dropped', () => {
  it('a bad known field in one step costs that step only; it is quarantined as stored', async () => {
    const bad = { how: 'guessed', at: 3 };
    await put({ ...FROM_NEWER, steps: { ...FROM_NEWER.steps, 'set-pin': bad } });
    const db = await openGuideDb();
    const progress = await readProgress(db, () => 1234);
    expect(Object.keys(progress.steps)).toEqual(['sync', 'verify-email']);
    expect(progress.lastPage?.pageId).toBe('ap-security');
    expect(progress.pageUrls).toEqual(FROM_NEWER.pageUrls);
    expect(await readQuarantine(db)).toEqual([
      {
        id: 1,
        at: 1234,
        store: 'progress',
        key: 'current',
        path: '$.steps["set-pin"]',
        value: bad,
      },
    ]);
    // Repaired in place: the rest, unknown fields included, is written back, and reading again adds nothing.
    expect(await stored()).toEqual(FROM_NEWER);
    await readProgress(db);
    expect(await countQuarantined(db)).toBe(1);
  });

  it('keeps what JSON cannot say (NaN, Infinity) exactly as stored', async () => {
    await put({
      ...FROM_NEWER,
      steps: { sync: { how: 'seen', at: Number.NaN } },
      lastPage: { site: 'mail', pageId: 'inbox', at: 1 },
      updatedAt: Number.POSITIVE_INFINITY,
    });
    const db = await openGuideDb();
    const progress = await readProgress(db, () => 5);
    expect(progress).toEqual({
      steps: {},
      lastPage: null,
      pageUrls: FROM_NEWER.pageUrls,
      updatedAt: 0,
    });
    const entries = await readQuarantine(db);
    expect(entries.map((e) => e.path)).toEqual(['$.steps.sync', '$.lastPage', '$.updatedAt']);
    expect(entries[0]?.value).toEqual({ how: 'seen', at: Number.NaN });
    expect(entries[2]?.value).toBe(Number.POSITIVE_INFINITY);
  });

  it('a garbage record is quarantined whole, not reset to empty with nothing shown', async () => {
    await put('garbage from a crash');
    const db = await openGuideDb();
    expect((await readProgress(db, () => 9)).steps).toEqual({});
    expect(await readQuarantine(db)).toEqual([
      { id: 1, at: 9, store: 'progress', key: 'current', path: '$', value: 'garbage from a crash' },
    ]);
  });

  it('a change to a damaged record quarantines in the same transaction, before anything is overwritten', async () => {
    await put({
      steps: { sync: 'garbage' },
      lastPage: 42,
      pageUrls: { a: 1, b: 'x' },
      updatedAt: 1,
    });
    const db = await openGuideDb();
    const { before, after } = await applyProgressAction(db, {
      type: 'mark-done',
      at: 7,
      step: 'sync',
    });
    expect(before.steps).toEqual({});
    expect(after.steps).toEqual({ sync: { how: 'manual', at: 7 } });
    const entries = await readQuarantine(db);
    expect(entries.map(({ path, value, at }) => ({ path, value, at }))).toEqual([
      { path: '$.steps.sync', value: 'garbage', at: 7 },
      { path: '$.lastPage', value: 42, at: 7 },
      { path: '$.pageUrls.a', value: 1, at: 7 },
    ]);
    expect((await stored()).pageUrls).toEqual({ b: 'x' });
  });

  it('hostile keys are quarantined, never copied into what is read or written', async () => {
    await put(
      JSON.parse(
        '{"steps":{"__proto__":{"how":"seen","at":1}},"lastPage":null,"pageUrls":{},"updatedAt":1,"constructor":2}',
      ),
    );
    const db = await openGuideDb();
    const progress = await readProgress(db);
    expect(Object.getPrototypeOf(progress.steps)).toBe(Object.prototype);
    expect((await readQuarantine(db)).map((e) => e.path)).toEqual([
      '$.constructor',
      '$.steps.__proto__',
    ]);
    expect(({} as Record<string, unknown>).how).toBeUndefined();
  });

  it('settings: an unknown field is kept, a bad one quarantined and back to its default', async () => {
    const db = await openGuideDb();
    await db.put(
      'settings',
      { guideEnabled: false, language: 'fr', theme: 'dark' } as never,
      SETTINGS_KEY,
    );
    expect(await readSettings(db, () => 3)).toEqual({ guideEnabled: false, language: 'auto' });
    expect(await readQuarantine(db)).toEqual([
      { id: 1, at: 3, store: 'settings', key: 'guide', path: '$.language', value: 'fr' },
    ]);
    await updateSettings(db, { language: 'es' });
    expect(await db.get('settings', SETTINGS_KEY)).toEqual({
      guideEnabled: false,
      language: 'es',
      theme: 'dark',
    });
  });

  it('the support report counts quarantined records, and carries nothing of them', async () => {
    const secret = { how: 'juan.perez@example.com', at: 4111111111111111 };
    await put({
      ...FROM_NEWER,
      steps: { ...FROM_NEWER.steps, 'set-pin': secret },
      lastPage: 'Juan',
    });
    const report = await collectReport({
      ...reportDeps,
      version: () => '0.1.0',
      userAgent: () => 'Mozilla/5.0 Chrome/131.0.6778.85',
      locale: () => 'en',
      now: () => 0,
    });
    expect(report.quarantined).toBe(2);
    const text = reportToText(report);
    expect(text).toContain('Saved records that could not be read: 2');
    for (const out of [text, JSON.stringify(report)]) {
      expect(out).not.toMatch(/juan|4111|example\.com|alipay\.com\/security/i);
    }
  });
});

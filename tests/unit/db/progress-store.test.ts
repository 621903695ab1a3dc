import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb, openGuideDbAfterRestart } from './fresh-db';
import { openGuideDb } from '@/utils/db/open-db';
import { applyProgressAction, MAX_EVENTS, readEvents } from '@/utils/db/progress-store';
import { readProgress } from '@/utils/db/read-progress';
import { PROGRESS_KEY } from '@/utils/db/schema';

beforeEach(freshDb);
afterEach(freshDb);

const seen = (
  evidence: ('sync' | 'verify-email' | 'set-pin' | 'link-card' | 'confirm-card')[],
  at: number,
  pageId = 'ap-other',
) => ({ type: 'page-seen', at, site: 'alipay', pageId, url: null, evidence }) as const;

describe('progress store', () => {
  it('starts empty and keeps a change once its transaction is done', async () => {
    const db = await openGuideDb();
    expect((await readProgress(db)).steps).toEqual({});
    await applyProgressAction(db, seen(['sync'], 5));
    const reopened = await openGuideDbAfterRestart();
    expect((await readProgress(reopened)).steps.sync).toEqual({ how: 'seen', at: 5 });
  });

  it('serialises reports from several tabs at once without losing any', async () => {
    const db = await openGuideDb();
    await Promise.all([
      applyProgressAction(db, seen(['sync'], 1)),
      applyProgressAction(db, { type: 'mark-done', at: 2, step: 'confirm-card' }),
      applyProgressAction(db, seen(['verify-email'], 3)),
    ]);
    const p = await readProgress(db);
    expect(Object.keys(p.steps).sort()).toEqual([
      'confirm-card',
      'link-card',
      'set-pin',
      'sync',
      'verify-email',
    ]);
    expect(p.steps['verify-email']?.how).toBe('seen');
    expect(p.steps['confirm-card']?.how).toBe('manual');
  });

  it('logs pages, errors and step changes, and keeps the log bounded', async () => {
    const db = await openGuideDb();
    await applyProgressAction(db, seen(['sync'], 1, 'ap-connect'), ['code-incorrect']);
    const events = await readEvents(db);
    expect(events).toEqual([
      { kind: 'page', at: 1, pageId: 'ap-connect' },
      { kind: 'error', at: 1, pageId: 'ap-connect', errorId: 'code-incorrect' },
      { kind: 'step-done', at: 1, step: 'sync', how: 'seen' },
    ]);
    for (let i = 0; i < MAX_EVENTS + 20; i += 1) {
      await applyProgressAction(db, seen([], 10 + i, i % 2 ? 'ap-profile' : 'ap-other'));
    }
    const bounded = await readEvents(db);
    expect(bounded).toHaveLength(MAX_EVENTS);
    expect(bounded.at(-1)?.at).toBe(10 + MAX_EVENTS + 19);
  });

  it('repairs a damaged record instead of failing, keeping the steps that still parse', async () => {
    const db = await openGuideDb();
    await db.put(
      'progress',
      { steps: { sync: { how: 'seen', at: 9 }, 'set-pin': 'garbage' }, lastPage: 42 } as never,
      PROGRESS_KEY,
    );
    const p = await readProgress(db);
    expect(p.steps).toEqual({ sync: { how: 'seen', at: 9 } });
    expect(p.lastPage).toBeNull();
  });
});

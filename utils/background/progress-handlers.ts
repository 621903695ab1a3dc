/**
 * The background's answers to the protocol, over the progress store.
 */
import type { IDBPDatabase } from 'idb';
import type { ProgressAction } from '../flow/progress';
import { applyProgressAction, readEvents, readProgress } from '../db/progress-store';
import type { GuideDb } from '../db/schema';
import type { Handlers } from '../messaging/handle-messages';
import { safePageUrl } from '../site/sites';
import type { Progress } from '../flow/progress-schema';

export interface HandlerDeps {
  db: () => Promise<IDBPDatabase<GuideDb>>;
  now: () => number;
  /** Called after a change has been committed; `from` is the reporting tab, if any. */
  changed: (progress: Progress, from?: number) => void;
  /** A content script in this tab reported. */
  tabSeen: (tabId: number | undefined) => void;
}

export function createProgressHandlers({ db, now, changed, tabSeen }: HandlerDeps): Handlers {
  async function apply(action: ProgressAction, errors: readonly string[] = [], from?: number) {
    const { before, after } = await applyProgressAction(await db(), action, errors);
    if (JSON.stringify(after.steps) !== JSON.stringify(before.steps) || from === undefined) {
      changed(after, from);
    }
    return { progress: after };
  }

  return {
    async pageSeen(request, { url, tabId }) {
      tabSeen(tabId);
      return apply(
        {
          type: 'page-seen',
          at: now(),
          site: request.site,
          pageId: request.pageId,
          // The browser's word for where the report came from, stripped of query and hash.
          url: url ? safePageUrl(url) : null,
          evidence: request.evidence,
        },
        request.errors,
        tabId,
      );
    },
    async getProgress() {
      return { progress: await readProgress(await db()) };
    },
    async getEventLog() {
      return { events: await readEvents(await db()) };
    },
    async markStep({ step, done }) {
      return apply(done ? { type: 'mark-done', at: now(), step } : { type: 'undo', at: now(), step });
    },
    async resetProgress() {
      return apply({ type: 'reset', at: now() });
    },
  } satisfies Handlers;
}

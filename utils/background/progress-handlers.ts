/**
 * The background's answers to the protocol, over the progress store.
 */
import type { IDBPDatabase } from 'idb';
import type { ProgressAction } from '../flow/progress';
import { applyProgressAction, readEvents, readProgress } from '../db/progress-store';
import type { GuideDb } from '../db/schema';
import type { Handlers } from '../messaging/handle-messages';
import { safePageUrl } from '../site/sites';

export interface HandlerDeps {
  db: () => Promise<IDBPDatabase<GuideDb>>;
  now: () => number;
  /** Called after a change has been committed. */
  changed: () => void;
}

export function createProgressHandlers({ db, now, changed }: HandlerDeps): Handlers {
  async function apply(action: ProgressAction, errors: readonly string[] = []) {
    const { before, after } = await applyProgressAction(await db(), action, errors);
    if (after !== before) changed();
    return { progress: after };
  }

  return {
    async pageSeen(request, { url }) {
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

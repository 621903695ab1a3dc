/**
 * The background's answers to the protocol, over the IndexedDB stores.
 */
import type { IDBPDatabase } from 'idb';
import { addDiagnostic } from '@/utils/db/diagnostics-store';
import { applyProgressAction } from '@/utils/db/progress-store';
import { readProgress } from '@/utils/db/read-progress';
import type { GuideDb } from '@/utils/db/schema';
import { readSettings, updateSettings } from '@/utils/db/settings-store';
import { readActivePack } from '@/utils/db/packs-store';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { applyPackToRules, rulesKey } from '@/utils/packs/apply-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import type { ProgressAction } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import type { Handlers } from '@/utils/messaging/handle-messages';
import { readCatalogue } from '@/utils/i18n/read-catalogue';
import { catalogueOf } from '@/utils/i18n/ui-locale';
import type { GuideSettings } from '@/utils/settings/settings';
import { safePageUrl } from '@/utils/site/sites';
import { refuseClaim } from '@/utils/detect/page-claims';
import { withoutPageUrls } from '@/utils/flow/for-content';

export interface HandlerDeps {
  db: () => Promise<IDBPDatabase<GuideDb>>;
  now: () => number;
  /** Called after a change has been committed; `from` is the reporting tab, if any. */
  changed: (
    state: { progress: Progress; settings: GuideSettings; pack: Pack | null },
    from?: number,
  ) => void;
  /** A content script in this tab reported. */
  tabSeen: (tabId: number | undefined) => void;
}

/** Everything a page or tab shows, read together (the progress too, unless just written). */
export async function readShownState(store: IDBPDatabase<GuideDb>, progress?: Progress) {
  const [current, settings, pack] = await Promise.all([
    progress ?? readProgress(store),
    readSettings(store),
    readActivePack(store),
  ]);
  return { progress: current, settings, pack };
}

export function createProgressHandlers({ db, now, changed, tabSeen }: HandlerDeps): Handlers {
  async function apply(action: ProgressAction, errors: readonly string[] = [], from?: number) {
    const store = await db();
    const { before, after } = await applyProgressAction(store, action, errors);
    const state = await readShownState(store, after);
    // A report that changes no step changes nothing anyone shows: stay quiet.
    if (from === undefined || JSON.stringify(after.steps) !== JSON.stringify(before.steps)) {
      changed(state, from);
    }
    return state;
  }

  /** The whole state everyone shows, after a change that is not a step. */
  async function broadcast() {
    const state = await readShownState(await db());
    changed(state);
    return state;
  }

  async function changeSettings(patch: Partial<GuideSettings>) {
    await updateSettings(await db(), patch);
    const { settings } = await broadcast();
    return { settings };
  }

  return {
    async pageSeen(request, { url, tabId }) {
      const refused = refuseClaim(request, url);
      if (refused) throw new Error(`Report refused: ${refused}`);
      tabSeen(tabId);
      const state = await apply(
        {
          type: 'page-seen',
          at: now(),
          site: request.site,
          pageId: request.pageId,
          // The browser's word for where the report came from, stripped of query and hash.
          url: url ? safePageUrl(url) : null,
          evidence: request.evidence,
          disproved: request.disproved ?? [],
          asked: request.asked ?? [],
        },
        request.errors,
        tabId,
      );
      return withoutPageUrls(state);
    },
    async getProgress(_request, { tabId, kind }) {
      tabSeen(tabId);
      const state = await readShownState(await db());
      return kind === 'content' ? withoutPageUrls(state) : state;
    },
    async getRules() {
      const pack = await readActivePack(await db());
      return { rules: applyPackToRules(DEFAULT_RULES, pack), packKey: rulesKey(pack) };
    },
    async markStep({ step, done }) {
      const { progress } = await apply(
        done ? { type: 'mark-done', at: now(), step } : { type: 'undo', at: now(), step },
      );
      return { progress };
    },
    async resetProgress() {
      const { progress } = await apply({ type: 'reset', at: now() });
      return { progress };
    },
    async reportDiagnostic(request) {
      await addDiagnostic(await db(), { ...request, at: now() });
      return {};
    },
    turnGuideOff: () => changeSettings({ guideEnabled: false }),
    async getCatalogue({ lang }) {
      // Only the guide asks: its own messages (utils/i18n/guide-messages.ts).
      return {
        catalogue: await readCatalogue(catalogueOf(lang), 'guide'),
      };
    },
    async packsChanged() {
      const { pack } = await broadcast();
      return { pack };
    },
    updateSettings: (patch) => changeSettings(patch),
  } satisfies Handlers;
}

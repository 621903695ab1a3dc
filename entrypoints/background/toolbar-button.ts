/**
 * Keeps the toolbar button's badge and tooltip in step with the stored state.
 * Drawn on install and browser start (the browser keeps them while the worker
 * sleeps) and after every committed change; draws run one after another, so a
 * slow catalogue read never lets an older state overwrite a newer one.
 */
import { browser } from 'wxt/browser';
import type { Progress } from '@/utils/flow/progress-schema';
import { readCatalogue } from '@/utils/i18n/read-catalogue';
import { translate } from '@/utils/i18n/t';
import type { GuideSettings } from '@/utils/settings/settings';
import { toolbarBadge } from '@/utils/toolbar/toolbar-badge';

/** MV3 calls it `action`, Firefox's MV2 build `browserAction`: the same calls. */
const button = () => browser.action ?? browser.browserAction;

export function createToolbarButton(): (state: {
  progress: Progress;
  settings: GuideSettings;
}) => Promise<void> {
  let drawing = Promise.resolve();

  async function draw({ progress, settings }: { progress: Progress; settings: GuideSettings }) {
    const lang = settings.language;
    // Unreadable catalogue: word it in the browser's language now, try again next time
    // (read-catalogue.ts).
    const catalogue = lang === 'auto' ? null : await readCatalogue(lang).catch(() => null);
    // A plain lookup in this catalogue: the worker has no language switch of its own.
    const badge = toolbarBadge(progress, (key, subs) => translate(catalogue, key, subs));
    const api = button();
    await Promise.all([
      api.setBadgeText({ text: badge.text }),
      api.setBadgeBackgroundColor({ color: badge.color }),
      api.setTitle({ title: badge.title }),
    ]);
  }

  return (state) => {
    drawing = drawing
      .then(() => draw(state))
      .catch((error: unknown) => {
        console.warn('Could not update the toolbar button', error);
      });
    return drawing;
  };
}

/**
 * Keeps the popup's snapshot (utils/popup-cache/popup-snapshot.ts) current,
 * so the popup can draw the last known checklist before IndexedDB answers
 * (issue #11): in `storage.local`, and in the address the toolbar button
 * opens (popup-url.ts), which the popup reads without waiting, on a copy of
 * the popup's page that shows that checklist before its script runs
 * (first-paint.ts). Written on
 * install, browser start and after every committed change; writes run one
 * after another, so an older state never lands after a newer one.
 */
import { browser } from 'wxt/browser';
import type { Progress } from '@/utils/flow/progress-schema';
import type { Pack } from '@/utils/packs/pack-schema';
import { POPUP_SNAPSHOT_KEY, popupSnapshot } from '@/utils/popup-cache/popup-snapshot';
import { popupUrl } from '@/utils/popup-cache/popup-url';
import { firstPaintPage } from '@/utils/popup-cache/first-paint';
import { catalogueOf } from '@/utils/i18n/ui-locale';
import type { GuideSettings } from '@/utils/settings/settings';

export function createPopupCache(): (state: {
  progress: Progress;
  settings: GuideSettings;
  pack: Pack | null;
}) => Promise<void> {
  let writing = Promise.resolve();
  return (state) => {
    // Taken now, written in turn: the snapshot is of this state, whatever follows.
    const snapshot = popupSnapshot(state);
    // No first paint for a pack's own step texts: the script would replace the built-in ones.
    const page = snapshot.pack?.steps
      ? null
      : firstPaintPage(snapshot.steps, catalogueOf(snapshot.settings.language));
    writing = writing
      .then(() =>
        Promise.all([
          browser.storage.local.set({ [POPUP_SNAPSHOT_KEY]: snapshot }),
          // MV3 calls it `action`, Firefox's MV2 build `browserAction`.
          (browser.action ?? browser.browserAction).setPopup({ popup: popupUrl(snapshot, page) }),
        ]).then(() => undefined),
      )
      .catch((error: unknown) => {
        // The popup then shows an older snapshot until IndexedDB answers, as it always reconciles.
        console.warn('Could not update the popup cache', error);
      });
    return writing;
  };
}

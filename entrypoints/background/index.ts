import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createProgressHandlers, readShownState } from './progress-handlers';
import { createToolbarButton } from './toolbar-button';
import { onManagedChange, syncManagedPacks } from './managed-pack-sync';
import { createTabRegistry } from './tab-registry';
import { createPopupCache } from './popup-cache';
import { openGuideDb } from '@/utils/db/open-db';
import { notifyProgressChanged } from '@/utils/messaging/change-channel';
import { handleMessage } from '@/utils/messaging/handle-messages';

export default defineBackground(() => {
  const tabs = createTabRegistry();
  const drawButton = createToolbarButton();
  const cachePopup = createPopupCache();
  const handlers = createProgressHandlers({
    db: () => openGuideDb(),
    now: () => Date.now(),
    changed: (state, from) => {
      notifyProgressChanged();
      tabs.push(state, from);
      void drawButton(state);
      void cachePopup(state);
    },
    tabSeen: tabs.add,
  });
  const identity = { extensionId: browser.runtime.id, extensionUrl: browser.runtime.getURL('/') };
  // Packs set by policy first, then the button and the popup's snapshot from what is
  // stored (nothing if the store cannot be read). Pages already open hear of a changed
  // pack like any change.
  const syncPolicy = async () => {
    const db = await openGuideDb();
    const changed = await syncManagedPacks(db, Date.now());
    if (changed)
      await handlers.packsChanged({}, { kind: 'extension', url: undefined, tabId: undefined });
    else {
      const state = await readShownState(db);
      void cachePopup(state);
      await drawButton(state);
    }
  };
  const sync = () => void syncPolicy().catch(() => undefined);
  // Not on every wake of the worker: the badge and the snapshot outlive it in the
  // browser, and policies change only at browser start (Firefox reads them then) or
  // when Chrome says so. Install and update draw them first.
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  onManagedChange(sync);
  // Registered synchronously at start-up, so a message that wakes the worker is not missed.
  // Answered through sendResponse (+ `return true`), which both browsers support natively.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(handlers, identity, message, sender).then(sendResponse);
    return true;
  });
});

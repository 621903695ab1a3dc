import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createProgressHandlers } from './progress-handlers';
import { createTabRegistry } from './tab-registry';
import { openGuideDb } from '@/utils/db/open-db';
import { notifyProgressChanged } from '@/utils/messaging/change-channel';
import { handleMessage } from '@/utils/messaging/handle-messages';

export default defineBackground(() => {
  const tabs = createTabRegistry();
  const handlers = createProgressHandlers({
    db: () => openGuideDb(),
    now: () => Date.now(),
    changed: (state, from) => {
      notifyProgressChanged();
      tabs.push(state, from);
    },
    tabSeen: tabs.add,
  });
  const identity = { extensionId: browser.runtime.id, extensionUrl: browser.runtime.getURL('/') };
  // Registered synchronously at start-up, so a message that wakes the worker is not missed.
  // Answered through sendResponse (+ `return true`), which both browsers support natively.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(handlers, identity, message, sender).then(sendResponse);
    return true;
  });
});

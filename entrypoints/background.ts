import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createProgressHandlers } from '@/utils/background/progress-handlers';
import { createTabRegistry } from '@/utils/background/tab-registry';
import { openGuideDb } from '@/utils/db/open-db';
import { notifyProgressChanged } from '@/utils/messaging/change-channel';
import { handleMessage } from '@/utils/messaging/handle-messages';

export default defineBackground(() => {
  const tabs = createTabRegistry();
  const handlers = createProgressHandlers({
    db: () => openGuideDb(),
    now: () => Date.now(),
    changed: (progress, from) => {
      notifyProgressChanged();
      tabs.push(progress, from);
    },
    tabSeen: tabs.add,
  });
  const identity = { extensionId: browser.runtime.id, extensionUrl: browser.runtime.getURL('/') };
  // Registered synchronously at start-up, so a message that wakes the worker is not missed.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    handleMessage(handlers, identity, message, sender),
  );
});

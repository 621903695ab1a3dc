/**
 * The tabs whose content scripts have reported, so a progress change reaches
 * every open guide. Kept in memory: after the worker restarts, tabs re-join
 * with their next report, and each guide also refreshes when its tab is shown.
 */
import { browser } from 'wxt/browser';
import { withoutPageUrls } from '@/utils/flow/for-content';
import type { Push } from '@/utils/messaging/protocol';

export function createTabRegistry() {
  const tabs = new Set<number>();
  return {
    add(tabId: number | undefined) {
      if (tabId !== undefined && tabId >= 0) tabs.add(tabId);
    },
    /** Tells every known tab; a tab that closed or navigated away is forgotten. */
    push(state: Omit<Push, 'push'>, except?: number) {
      const message: Push = { push: 'progressChanged', ...withoutPageUrls(state) };
      for (const tabId of tabs) {
        if (tabId === except) continue;
        browser.tabs.sendMessage(tabId, message).catch(() => tabs.delete(tabId));
      }
    },
  };
}

/**
 * The content script's lifetime, without any signal a page could forge: it
 * ends when the extension that injected it is gone (reloaded, updated or
 * removed), which the script notices the next time it acts — a message that
 * fails, the tab coming back into view, the page changing.
 */
import { browser } from 'wxt/browser';

export interface GuideContext {
  readonly signal: AbortSignal;
  /** Ends the context if the extension is gone; true while it is still alive. */
  alive(): boolean;
}

export function createGuideContext(): GuideContext {
  const controller = new AbortController();
  const alive = () => {
    if (controller.signal.aborted) return false;
    // An orphaned content script loses its runtime id when its extension goes away.
    if (browser.runtime?.id) return true;
    controller.abort();
    return false;
  };
  return { signal: controller.signal, alive };
}

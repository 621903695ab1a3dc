/**
 * The content script's side of pushes: only from our own background (never
 * from a tab), checked before use, acknowledged so the sender knows we live.
 * Native API (no polyfill in the content script): the ack goes through
 * `sendResponse`, which both browsers support.
 */
import { browser, type Browser } from 'wxt/browser';
import { isProgressState } from '../guards/reply-guard';
import type { Push } from './protocol';

function isPush(message: unknown): message is Push {
  return isProgressState(message) && (message as Partial<Push>).push === 'progressChanged';
}

export function listenForPushes(signal: AbortSignal, onPush: (push: Push) => void): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id || sender.tab || !isPush(message)) return false;
    onPush(message);
    sendResponse(true);
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/**
 * The content script's side of pushes: only from our own background (never
 * from a tab), checked before use, acknowledged so the sender knows we live.
 * Native API (no polyfill in the content script): the ack goes through
 * `sendResponse`, which both browsers support.
 */
import { browser, type Browser } from 'wxt/browser';
import { isProgress } from '../guards/progress-guard';
import { isSettings } from '../guards/settings-guard';
import { isSentPack } from '../guards/pack-guard';
import type { Push } from './protocol';

function isPush(message: unknown): message is Push {
  const m = message as Partial<Push> | null;
  return (
    !!m &&
    m.push === 'progressChanged' &&
    isProgress(m.progress) &&
    isSettings(m.settings) &&
    (m.pack === null || isSentPack(m.pack))
  );
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

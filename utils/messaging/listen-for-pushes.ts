/**
 * The content script's side of pushes: only from our own background (never
 * from a tab), checked before use, acknowledged so the sender knows we live.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isProgress } from '../flow/progress-guard';
import type { Push } from './protocol';

function isPush(message: unknown): message is Push {
  const m = message as Partial<Push> | null;
  return !!m && m.push === 'progressChanged' && isProgress(m.progress);
}

export function listenForPushes(signal: AbortSignal, onPush: (push: Push) => void): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab || !isPush(message)) return undefined;
    onPush(message);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

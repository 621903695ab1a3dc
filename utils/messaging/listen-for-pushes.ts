/**
 * The content script's side of pushes: only from our own background (never
 * from a tab), parsed before use, acknowledged so the sender knows we live.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { pushSchema, type Push } from './protocol';

export function listenForPushes(signal: AbortSignal, onPush: (push: Push) => void): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const push = pushSchema.safeParse(message);
    if (!push.success) return undefined;
    onPush(push.data);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

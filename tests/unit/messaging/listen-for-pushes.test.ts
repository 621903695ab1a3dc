/**
 * The content script takes a push only from its own background, never from a
 * tab, and only when it carries a progress state it can use; it acknowledges
 * what it takes, so the sender knows this tab is alive.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProgress } from '@/utils/flow/progress';
import { listenForPushes } from '@/utils/messaging/listen-for-pushes';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

const PUSH = {
  push: 'progressChanged',
  progress: emptyProgress(),
  settings: DEFAULT_SETTINGS,
  pack: null,
};
const BACKGROUND = { id: fakeBrowser.runtime.id };
/** The fake's event is typed without `sendResponse`, which browsers pass; it forwards all three. */
const trigger = fakeBrowser.runtime.onMessage.trigger as (
  message: unknown,
  sender: object,
  sendResponse: (response: unknown) => void,
) => Promise<unknown>;

let page = new AbortController();
afterEach(() => {
  page.abort();
  fakeBrowser.reset();
});

/** Sends `message` as `sender` to a listening page; what it received and acknowledged. */
async function deliver(message: unknown, sender: object = BACKGROUND) {
  page = new AbortController();
  const onPush = vi.fn();
  listenForPushes(page.signal, onPush);
  const sendResponse = vi.fn();
  await trigger(message, sender, sendResponse);
  return { pushed: onPush.mock.calls.map(([push]) => push), acked: sendResponse.mock.calls };
}

describe('listenForPushes', () => {
  it("takes its own background's progress push and acknowledges it", async () => {
    expect(await deliver(PUSH)).toEqual({ pushed: [PUSH], acked: [[true]] });
  });

  it.each([
    ['another push name', { ...PUSH, push: 'somethingElse' }],
    ['a damaged progress record', { ...PUSH, progress: { steps: {} } }],
    ['unknown settings', { ...PUSH, settings: { guideEnabled: 'yes', language: 'en' } }],
    ['a pack without its name', { ...PUSH, pack: { id: 'p', version: '1' } }],
    ['no state at all', 'progressChanged'],
  ])('ignores %s', async (_, message) => {
    expect(await deliver(message)).toEqual({ pushed: [], acked: [] });
  });

  it.each([
    ['a tab', { ...BACKGROUND, tab: { id: 7 } }],
    ['another extension', { id: 'another-extension' }],
  ])('ignores a push from %s', async (_, sender) => {
    expect(await deliver(PUSH, sender)).toEqual({ pushed: [], acked: [] });
  });

  it('stops listening when the page’s script stops', async () => {
    page = new AbortController();
    const onPush = vi.fn();
    listenForPushes(page.signal, onPush);
    page.abort();
    await trigger(PUSH, BACKGROUND, vi.fn());
    expect(onPush).not.toHaveBeenCalled();
  });
});

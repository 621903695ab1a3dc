/**
 * Talks to the extension through its own protocol from one of its pages (the
 * popup or options), as its own screens do: so a test or tool can set the
 * checklist or the settings, or ask the background, without walking the
 * journey first.
 */
import type { Page } from 'puppeteer';
import type { StepId } from '../../utils/flow/steps';
import type { MessageName, RequestOf } from '../../utils/messaging/protocol';

/**
 * Sends one message from `extPage` and returns the background's raw reply;
 * with `limitMs`, `no reply within <limitMs> ms` when none has come by then.
 */
export async function sendFromExtensionPage<K extends MessageName>(
  extPage: Page,
  type: K,
  payload: RequestOf<K>,
  limitMs = 0,
): Promise<unknown> {
  return extPage.evaluate(
    async (message, limit) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const reply = (g.browser ?? g.chrome).runtime.sendMessage(message);
      if (!limit) return reply;
      const late = new Promise((resolve) =>
        setTimeout(() => resolve(`no reply within ${limit} ms`), limit),
      );
      return Promise.race([reply, late]);
    },
    { type, payload },
    limitMs,
  );
}

/** Resets progress, then marks every step up to `doneUpTo` done; run from an extension page. */
export async function setProgress(extPage: Page, doneUpTo: StepId | null): Promise<void> {
  await sendFromExtensionPage(extPage, 'resetProgress', {});
  if (doneUpTo) await sendFromExtensionPage(extPage, 'markStep', { step: doneUpTo, done: true });
}

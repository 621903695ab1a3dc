/**
 * Sets the extension's checklist directly, through its own protocol, so a test
 * or tool can start at any step without walking the journey first.
 */
import type { Page } from 'puppeteer';
import type { StepId } from '../../utils/flow/steps';

/** Resets progress, then marks every step up to `doneUpTo` done; run from an extension page. */
export async function setProgress(extPage: Page, doneUpTo: StepId | null): Promise<void> {
  await extPage.evaluate(async (step) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    await api.runtime.sendMessage({ type: 'resetProgress', payload: {} });
    if (step) await api.runtime.sendMessage({ type: 'markStep', payload: { step, done: true } });
  }, doneUpTo);
}

/**
 * Issue #12: a page report in flight when the MV3 worker stops is not lost.
 * Fifty times, the shopper loads the "connected" page and the worker is
 * stopped a random 0–11 ms after DOMContentLoaded (around the moment the
 * content script reports). Every time the step ends "seen", and the event log
 * records it exactly once: delivered at least once, applied at most once.
 * A worker stuck starting under DevTools is stopped once more (at most twice
 * in a run): the report the page keeps retrying must still arrive, once.
 */
import type { Browser, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { setProgress } from '../harness/progress';
import { readExtensionStore, useExtensionSession } from '../harness/session';
import { waitFor } from '../harness/wait';

const ROUNDS = 50;
/** Past this, a round's worker is taken as stuck starting (see below), not as slow. */
const STALL_MS = 8_000;

interface Logged {
  progress: { steps: Record<string, { how: string } | undefined> } | undefined;
  events: { kind: string; step?: string }[];
}

/** The stored progress and event log, read from IndexedDB without waking the worker. */
async function readStore(extPage: Page): Promise<Logged> {
  const [progress, events] = await Promise.all([
    readExtensionStore<Logged['progress']>(extPage, 'progress'),
    readExtensionStore<Logged['events'][number]>(extPage, 'events'),
  ]);
  return { progress: progress[0], events };
}

/** Stops the worker if it is running right now, without waiting for one to appear. */
async function stopWorkerNow(browser: Browser): Promise<void> {
  const target = browser
    .targets()
    .find((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  const worker = await target?.worker().catch(() => null);
  await worker?.close().catch(() => undefined);
}

describe('page reports while the worker stops (chromium)', () => {
  const session = useExtensionSession('chromium');

  it(`delivers every report once, in ${ROUNDS} rounds`, async () => {
    const { site, ext, popup, shop } = session;
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=sync`);
    const stalls: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      await setProgress(popup.page, null);
      await shop.bringToFront();
      await shop.goto(`${site.origin('alipay')}/connect?lang=en&round=${round}`, {
        waitUntil: 'domcontentloaded',
      });
      // Fault injection, not a wait: stop the worker at a random moment around the report.
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 12)));
      await stopWorkerNow(ext.browser);
      const seen = (now: Logged) => now.progress?.steps.sync?.how === 'seen';
      let logged = await waitFor(`round ${round}: sync seen`, () => readStore(popup.page), seen, {
        timeout: STALL_MS,
      }).catch(() => null);
      if (!logged) {
        // A worker that DevTools attached to as it was starting can stay stuck starting
        // (crbug.com/1371432; two soak runs saw round 0 wait over 20 s). Stopped again, the
        // next start is clean, and the report, still retried by the page, must arrive.
        stalls.push(round);
        await stopWorkerNow(ext.browser);
        logged = await waitFor(`round ${round}: sync seen`, () => readStore(popup.page), seen);
      }
      const sinceReset = logged.events.slice(
        logged.events.map((e) => e.kind).lastIndexOf('reset') + 1,
      );
      expect(
        sinceReset.filter((e) => e.kind === 'step-done' && e.step === 'sync'),
        `round ${round}`,
      ).toHaveLength(1);
    }
    // Rare, or the stall is ours to find rather than the browser's.
    expect(
      stalls.length,
      `rounds whose worker was stopped again: ${stalls.join(', ')}`,
    ).toBeLessThanOrEqual(2);
  });
});

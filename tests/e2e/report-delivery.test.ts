/**
 * Issue #12: a page report in flight when the MV3 worker stops is not lost.
 * Fifty times, the shopper loads the "connected" page and the worker is
 * stopped a random 0–11 ms after DOMContentLoaded (around the moment the
 * content script reports). Every time the step ends "seen", and the event log
 * records it exactly once: delivered at least once, applied at most once.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../harness/extension';
import { setProgress } from '../harness/progress';
import { readExtensionStore } from '../harness/extension-state';
import { useExtensionSession } from '../harness/session';
import { waitFor } from '../harness/wait';

const ROUNDS = 50;

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

describe('page reports while the worker stops (chromium)', () => {
  const session = useExtensionSession('chromium');

  it(`delivers every report once, in ${ROUNDS} rounds`, async () => {
    const { site, ext, popup, shop } = session;
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=sync`);
    for (let round = 0; round < ROUNDS; round += 1) {
      await setProgress(popup.page, null);
      await shop.bringToFront();
      await shop.goto(`${site.origin('alipay')}/connect?lang=en&round=${round}`, {
        waitUntil: 'domcontentloaded',
      });
      // Fault injection, not a wait: stop the worker at a random moment around the report.
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 12)));
      await stopServiceWorker(ext, { ifRunning: true });
      const seen = (now: Logged) => now.progress?.steps.sync?.how === 'seen';
      const logged = await waitFor(`round ${round}: sync seen`, () => readStore(popup.page), seen);
      const sinceReset = logged.events.slice(
        logged.events.map((e) => e.kind).lastIndexOf('reset') + 1,
      );
      expect(
        sinceReset.filter((e) => e.kind === 'step-done' && e.step === 'sync'),
        `round ${round}`,
      ).toHaveLength(1);
    }
  });
});

/**
 * Detection latency: a step's evidence appears on a payment page → the step
 * is stored in IndexedDB → the open popup shows it done. Each sample inserts
 * "AliExpress account connected" (proof of `sync`) on AliPay's connect page,
 * then removes it and resets progress from the popup before the next one.
 *
 * Clocks: the page and the popup each stamp `performance.timeOrigin +
 * performance.now()` (same machine clock, sub-ms); the background's own stamp
 * of the step (`at`, Date.now()) splits the time into "page → background" and
 * "background → committed". The popup tab polls IndexedDB every ~1 ms with
 * read-only transactions, so "stored" is late by at most one poll.
 */
import type { Page } from 'puppeteer';
import { LABELS } from '../../mock-site/labels';
import type { RunningMockSite } from '../../mock-site/server';
import type { ExtensionBrowser } from '../../harness/extension';
import { GuidePage } from '../../harness/guide-page';
import { PopupPage } from '../../harness/popup-page';
import { defineNameShim } from './name-shim';
import { sleep } from './page-load';

export interface DetectionSample {
  /** Evidence inserted → the background began handling the report (from its `at` stamp). */
  toBackgroundMs: number;
  /** Evidence inserted → the step is in IndexedDB. */
  storedMs: number;
  /** Evidence inserted → the popup's checklist item says done. */
  shownMs: number;
}

interface Watch {
  storedAt: number;
  shownAt: number;
  at: number;
}

/** Runs in the popup tab: arms an IndexedDB poll and a DOM observer; resolves when both fired (or 5 s). */
const armWatch = () =>
  new Promise<void>((armed, failed) => {
    const now = () => performance.timeOrigin + performance.now();
    const result = { storedAt: 0, shownAt: 0, at: 0 };
    const open = indexedDB.open('alipay-card-guide');
    open.onerror = () => failed(new Error('cannot open the progress database'));
    open.onsuccess = () => {
      const db = open.result;
      const w = window as unknown as { __agcWatch: Promise<typeof result> };
      w.__agcWatch = new Promise((resolve) => {
        const finish = () => {
          if (!result.storedAt || !result.shownAt) return;
          clearTimeout(giveUp);
          observer.disconnect();
          db.close();
          resolve(result);
        };
        const giveUp = setTimeout(() => {
          observer.disconnect();
          db.close();
          resolve(result);
        }, 5000);
        const isShown = () =>
          document.querySelector('[data-step="sync"]')?.getAttribute('data-state') === 'done';
        const observer = new MutationObserver(() => {
          if (!result.shownAt && isShown()) {
            result.shownAt = now();
            finish();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const poll = () => {
          const get = db.transaction('progress').objectStore('progress').get('current');
          get.onsuccess = () => {
            const sync = (get.result as { steps?: { sync?: { at: number } } } | undefined)?.steps
              ?.sync;
            if (sync) {
              result.storedAt = now();
              result.at = sync.at;
              finish();
            } else if (!result.storedAt) setTimeout(poll, 1);
          };
        };
        poll();
      });
      armed();
    };
  });

async function resetProgress(popup: PopupPage): Promise<void> {
  await popup.click('reset');
  await popup.click('confirm-reset');
  await popup.waitForStates({ sync: 'current' });
}

export async function measureDetection(
  ext: ExtensionBrowser,
  site: RunningMockSite,
  samples: number,
): Promise<{ samples: DetectionSample[]; failures: number }> {
  // The shop gets a window of its own, so both it and the popup tab are visible (as with a real popup):
  // a hidden tab's timers are throttled.
  const popup = await PopupPage.open(ext);
  const shop: Page = await ext.browser.newPage({ type: 'window' });
  try {
    const alipay = site.origin('alipay');
    await shop.goto(`${alipay}/__mock/seed?step=none`);
    await shop.goto(`${alipay}/connect`);
    await new GuidePage(shop).waitForHint({ page: 'ap-connect' });
    await resetProgress(popup);
    await defineNameShim(popup.page);
    const results: DetectionSample[] = [];
    let failures = 0;
    for (let i = 0; i < samples; i++) {
      // Quiet time: the content script's throttle starts afresh, as when a shopper acts after reading.
      await sleep(300);
      await popup.page.evaluate(armWatch);
      const t0 = await shop.evaluate((text: string) => {
        const p = document.createElement('p');
        p.id = 'agc-bench-evidence';
        p.textContent = text;
        (document.querySelector('main') ?? document.body).prepend(p);
        return performance.timeOrigin + performance.now();
      }, LABELS.en.accountConnected);
      const w = await popup.page.evaluate(
        () => (window as unknown as { __agcWatch: Promise<Watch> }).__agcWatch,
      );
      if (w.storedAt && w.shownAt) {
        results.push({
          toBackgroundMs: w.at - t0,
          storedMs: w.storedAt - t0,
          shownMs: w.shownAt - t0,
        });
      } else failures++;
      await shop.evaluate(() => document.getElementById('agc-bench-evidence')?.remove());
      await sleep(300); // the content script reports the page without the evidence
      await resetProgress(popup);
    }
    return { samples: results, failures };
  } finally {
    await popup.page.close();
    await shop.close();
  }
}

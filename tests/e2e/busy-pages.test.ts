/**
 * Issue #10 on pages built like real stores, in Chromium and Firefox: a busy
 * flash-deals page (a feed of web components growing every 300 ms, countdowns
 * ticking every 100 ms, toasts) where the guide still points at the right
 * control and nothing is ticked by the churn; and the whole journey on pages
 * whose success messages are toasts inside open shadow roots that vanish
 * after 2.5 s and whose headings start with an aria-hidden icon ligature.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statesAfter } from '../harness/expected-states';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { walkJourney } from '../harness/journey';
import { PopupPage } from '../harness/popup-page';
import { setProgress } from '../harness/progress';
import { waitFor } from '../harness/wait';
import { LABELS } from '../mock-site/labels';
import { type RunningMockSite, startMockSite } from '../mock-site/server';

type Lang = 'en' | 'es';

/** Sets a test switch of this browser's mock-site session (all hosts share it). */
async function setStyle(shop: Page, origin: string, style: 'plain' | 'components'): Promise<void> {
  if (!shop.url().startsWith(origin)) await shop.goto(`${origin}/__mock/state`);
  const status = await shop.evaluate(async (body: string) => {
    const response = await fetch('/__mock/options', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return response.status;
  }, JSON.stringify({ style }));
  expect(status).toBe(200);
}

describe.each<[BrowserName, Lang]>([
  ['chromium', 'en'],
  ['firefox', 'es'],
])('pages built like real stores in %s (%s)', (browser, lang) => {
  let site: RunningMockSite;
  let ext: ExtensionBrowser;
  let popup: PopupPage;
  let shop: Page;

  beforeAll(async () => {
    site = await startMockSite({ port: 0 });
    ext = await launchWithExtension(browser);
    popup = await PopupPage.open(ext);
    shop = await ext.browser.newPage();
    await shop.setViewport({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('guides on a busy deals page, and its churn and toasts tick nothing', async () => {
    await setProgress(popup.page, null);
    await shop.bringToFront();
    await shop.goto(`${site.origin('aliexpress')}/__mock/reset`);
    await shop.goto(`${site.origin('aliexpress')}/deals?lang=${lang}`);
    const guide = new GuidePage(shop);
    await guide.expectSpotlightOn('myAliExpress', LABELS[lang].myAliExpress);
    // The page lives on: the feed grows and a toast comes and goes.
    const feed = () => shop.evaluate(() => document.querySelectorAll('deal-card').length);
    const first = await feed();
    await waitFor(
      'the feed to grow and a toast to show',
      async () => ({
        cards: await feed(),
        toast: await shop.evaluate(() => !!document.querySelector('cart-toast')),
      }),
      (now) => now.cards >= first + 80 && now.toast,
    );
    // Still pointing at the right control, and nothing was ticked.
    await guide.expectSpotlightOn('myAliExpress', LABELS[lang].myAliExpress);
    expect(await popup.states()).toEqual(statesAfter(null));
  });

  it('walks the journey with toasts in shadow roots and icon-font headings: every step seen', async () => {
    await setProgress(popup.page, null);
    await shop.bringToFront();
    await shop.goto(`${site.origin('aliexpress')}/__mock/reset`);
    await setStyle(shop, site.origin('aliexpress'), 'components');
    await walkJourney(
      shop,
      { aliexpress: site.origin('aliexpress') },
      { lang, onStep: (step) => popup.waitForStates(statesAfter(step)) },
    );
    const how = await popup.page.$$eval('[data-step]', (items) =>
      items.map((li) => li.getAttribute('data-how')),
    );
    expect(how).toEqual(['seen', 'seen', 'seen', 'seen', 'seen']);
  });
});

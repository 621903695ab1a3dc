/**
 * Issue #14: the toolbar button tells how far the shopper is without opening
 * the popup. After each step of the journey the badge reads "n/5" (a check at
 * the end) and the tooltip names the next step; it follows a stopped worker,
 * undo, reset and the language setting, in Chromium and Firefox.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';
import { STEP_IDS } from '../../utils/flow/steps';
import {
  launchWithExtension,
  stopServiceWorker,
  type BrowserName,
  type ExtensionBrowser,
} from '../harness/extension';
import { walkJourney } from '../harness/journey';
import { PopupPage } from '../harness/popup-page';
import { statesAfter } from '../harness/expected-states';
import { type RunningMockSite, startMockSite } from '../mock-site/server';

describe.each<BrowserName>(['chromium', 'firefox'])('the toolbar button in %s', (browser) => {
  let site: RunningMockSite;
  let ext: ExtensionBrowser;
  let popup: PopupPage;
  let shop: Page;

  beforeAll(async () => {
    site = await startMockSite({ port: 0 });
    ext = await launchWithExtension(browser);
    popup = await PopupPage.open(ext);
    shop = await ext.browser.newPage();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('starts at 0/5 and names the first step', async () => {
    const title = await popup.waitForBadge('0/5');
    expect(title).toContain(`Step 1 of 5: ${english.step_sync_title.message}`);
  });

  it('counts each step of the journey as the shopper completes it', async () => {
    const badges: string[] = [];
    await walkJourney(
      shop,
      { aliexpress: site.origin('aliexpress') },
      {
        onStep: async (step) => {
          const done = STEP_IDS.indexOf(step) + 1;
          const text = done === STEP_IDS.length ? '✓' : `${done}/5`;
          const title = await popup.waitForBadge(text);
          badges.push(text);
          const next = STEP_IDS[done];
          if (next) expect(title).toContain(`Step ${done + 1} of 5`);
          else expect(title).toContain(english.allDoneTitle.message);
          // A stopped worker (Chromium) does not stop the count.
          if (step === 'verify-email') await stopServiceWorker(ext);
        },
      },
    );
    expect(badges).toEqual(['1/5', '2/5', '3/5', '4/5', '✓']);
  });

  it('follows undo, the language setting and reset', async () => {
    await popup.page.bringToFront();
    await popup.waitForStates(statesAfter('confirm-card'));
    await stopServiceWorker(ext);
    await popup.click('undo', 'confirm-card');
    let title = await popup.waitForBadge('4/5');
    expect(title).toContain(english.step_confirm_card_title.message);

    await popup.chooseLanguage('es');
    const now = await popup.waitForToolbar('a Spanish tooltip', (seen) =>
      seen.title.includes(spanish.step_confirm_card_title.message),
    );
    expect(now).toEqual({ text: '4/5', title: expect.stringContaining('Paso 5 de 5') });

    await popup.click('reset');
    await popup.click('confirm-reset');
    title = await popup.waitForBadge('0/5');
    expect(title).toContain(spanish.step_sync_title.message);
    await popup.chooseLanguage('auto');
  });
});

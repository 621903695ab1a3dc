/**
 * The product's promise, end to end in real browsers: a shopper walks the
 * journey on the mock site and the checklist fills itself in, step by step,
 * with nothing typed ever reaching the extension. Chromium walks it in
 * English and has its worker stopped half-way; Firefox walks it in Spanish.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import type { StepId } from '../../utils/flow/steps';
import { statesAfter } from '../harness/expected-states';
import {
  launchWithExtension,
  stopServiceWorker,
  type BrowserName,
  type ExtensionBrowser,
} from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { JOURNEY_SECRETS, walkJourney } from '../harness/journey';
import {
  dumpExtensionDb,
  dumpExtensionStorage,
  expectNoSecrets,
  LeakProbe,
} from '../harness/leak-probe';
import { PopupPage } from '../harness/popup-page';
import { readStoredProgress } from '../harness/session';
import { LABELS } from '../mock-site/labels';
import { clickByText, waitForText } from '../harness/shopper';
import { waitFor, waitForSelector } from '../harness/wait';

const RUNS: { browser: BrowserName; lang: 'en' | 'es' }[] = [
  { browser: 'chromium', lang: 'en' },
  { browser: 'firefox', lang: 'es' },
];

describe.each(RUNS)('journey with the extension in $browser ($lang pages)', ({ browser, lang }) => {
  let site: RunningMockSite;
  let ext: ExtensionBrowser;
  let popup: PopupPage;
  let shop: Page;
  const probe = new LeakProbe();
  const addedDom: string[] = [];
  let verificationCode = '';

  beforeAll(async () => {
    site = await startMockSite({ port: 0 });
    ext = await launchWithExtension(browser);
    probe.watch(ext.browser);
    popup = await PopupPage.open(ext);
    shop = await ext.browser.newPage();
    await shop.setViewport({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('starts with sync as the current step', async () => {
    expect(await popup.states()).toEqual(statesAfter(null));
    expect(await popup.progressValue()).toBe(0);
  });

  it('ticks off every step as the shopper completes it', async () => {
    const seen: StepId[] = [];
    const result = await walkJourney(
      shop,
      { aliexpress: site.origin('aliexpress') },
      {
        lang,
        onStep: async (step) => {
          seen.push(step);
          await popup.waitForStates(statesAfter(step));
          addedDom.push(await new GuidePage(shop).extensionDom());
          // The MV3 worker can be stopped at any moment; the next report wakes a fresh one.
          if (step === 'verify-email') await stopServiceWorker(ext);
        },
      },
    );
    verificationCode = result.verificationCode;
    expect(seen).toHaveLength(5);
    expect(await popup.progressValue()).toBe(5);
    // Every step was seen on its own page, none merely implied: nothing was lost on the way.
    const how = await popup.page.$$eval('[data-step]', (items) =>
      items.map((li) => li.getAttribute('data-how')),
    );
    expect(how).toEqual(['seen', 'seen', 'seen', 'seen', 'seen']);
  });

  it('shows the guide on the store and payment pages, in step with the popup', async () => {
    const hint = await new GuidePage(shop).waitForHint({ page: 'ae-cards', step: 'all-done' });
    expect(hint.text.length).toBeGreaterThan(10);
  });

  it('goes quiet on ordinary store pages once the journey is done: not even its element', async () => {
    // The script still reads such a page (a deleted card would undo the journey) and reports it.
    const reported = (pageId: string) =>
      waitFor(
        `the background to hear of ${pageId}`,
        async () => (await readStoredProgress(popup.page)).lastPage,
        (last) => last?.pageId === pageId,
      );
    const guide = new GuidePage(shop);
    await shop.goto(`${site.origin('aliexpress')}/`);
    await reported('ae-other');
    expect(await guide.isPresent()).toBe(false);
    await shop.goto(`${site.origin('aliexpress')}/account/cards?lang=${lang}`);
    await guide.waitForHint({ page: 'ae-cards', step: 'all-done' });
    await shop.goto(`${site.origin('aliexpress')}/orders?lang=${lang}`);
    await reported('ae-my-orders');
    await popup.waitForStates(statesAfter('confirm-card'));
    expect(await guide.isPresent()).toBe(false);
  });

  it('never runs on the mailbox', async () => {
    await shop.goto(`${site.origin('mail')}/`);
    // A store page loaded after the mailbox: once its guide is up, a content script
    // injected into the mailbox (at document_idle, before its load) would be up too.
    const store = await ext.browser.newPage();
    await store.goto(`${site.origin('aliexpress')}/account/cards`);
    await new GuidePage(store).waitForHint({ page: 'ae-cards' });
    await store.close();
    await shop.bringToFront();
    expect(await new GuidePage(shop).isPresent()).toBe(false);
    expect(await new GuidePage(shop).hint()).toBeNull();
  });

  it('keeps nothing the shopper typed: not in IndexedDB, storage, console or the DOM it adds', async () => {
    const secrets = [
      ...Object.values(JOURNEY_SECRETS),
      JOURNEY_SECRETS.cardNumber.replace(/\s/g, ''),
      verificationCode,
    ];
    expect(verificationCode).toMatch(/^\d{6}$/);
    const db = await dumpExtensionDb(popup.page);
    expect(db).toContain('"step":"confirm-card"'); // the dump really holds the progress and log
    expectNoSecrets('IndexedDB', db, secrets);
    expectNoSecrets('extension storage', await dumpExtensionStorage(popup.page), secrets);
    expectNoSecrets('console output', probe.console.join('\n'), secrets);
    expect(addedDom.join('').length).toBeGreaterThan(0);
    expectNoSecrets('DOM added by the extension', addedDom.join('\n'), secrets);
    // The popup's report for support: the whole journey, none of what was typed.
    const fresh = await PopupPage.open(ext);
    await waitForSelector(fresh.page, '[data-report="ready"]', { timeout: 20_000 });
    const report = await fresh.page.$eval('[data-report-json]', (el) => el.textContent ?? '');
    await fresh.page.close();
    expect(JSON.parse(report).steps.map((s: { state: string }) => s.state)).toEqual(
      Array(5).fill('done'),
    );
    expectNoSecrets('the support report', report, secrets);
    expect(report).not.toMatch(/@|Juan|token|https?:/i);
    // Page URLs are kept without their query strings (tokens travel there).
    expect(db).not.toMatch(/token=|\?/);
  });

  it('re-opens the last step when the shopper deletes the card, and says why', async () => {
    const L = LABELS[lang];
    await shop.bringToFront();
    await shop.goto(`${site.origin('aliexpress')}/account/cards?lang=${lang}`);
    await clickByText(shop, L.deleteCard);
    await waitForText(shop, L.noCardsYet);
    await popup.waitForStates(statesAfter('link-card'));
    const why = await waitForSelector(popup.page, '[data-reopened="confirm-card"]');
    expect(await why.evaluate((el) => el.textContent)).toBeTruthy();
    // The guide on the page agrees: the card step is the one to do.
    await new GuidePage(shop).waitForHint({ page: 'ae-cards', step: 'confirm-card' });
  });
});

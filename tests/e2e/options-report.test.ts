/**
 * Issue #6, "Copy report for support": after the whole journey, the report on
 * the options page has every step done and nothing the shopper typed or any
 * address; pasted into "Open a shopper's report" it shows their checklist,
 * read-only and marked as someone else's.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { STEP_IDS } from '../../utils/flow/steps';
import { statesAfter } from '../harness/expected-states';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { JOURNEY_SECRETS, walkJourney } from '../harness/journey';
import { expectNoSecrets } from '../harness/leak-probe';
import { OptionsPage } from '../harness/options-page';
import { PopupPage } from '../harness/popup-page';
import { waitFor, waitForSelector } from '../harness/wait';

describe('support report in chromium', () => {
  let site: RunningMockSite;
  let ext: ExtensionBrowser;
  let shop: Page;
  let verificationCode = '';
  let report: { text: string; json: string };

  beforeAll(async () => {
    site = await startMockSite({ port: 0 });
    ext = await launchWithExtension('chromium');
    shop = await ext.browser.newPage();
    await shop.setViewport({ width: 1280, height: 900 });
    ({ verificationCode } = await walkJourney(shop, { aliexpress: site.origin('aliexpress') }));
    const popup = await PopupPage.open(ext);
    await popup.waitForStates(statesAfter('confirm-card'));
    await popup.page.close();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('shows the report as text and JSON, with all five steps done', async () => {
    const options = await OptionsPage.open(ext);
    report = await options.readReport();
    const parsed = JSON.parse(report.json) as { steps: { step: string; state: string }[] };
    expect(parsed.steps.map((s) => `${s.step}:${s.state}`)).toEqual(
      STEP_IDS.map((s) => `${s}:done`),
    );
    for (const step of STEP_IDS) expect(report.text).toMatch(new RegExp(`✓ ${step} .*— done`));
    expect(report.text).toContain('aliexpress ae-cards'); // the last page recognised
    await options.page.close();
  });

  it('carries nothing the shopper typed, no address, no name, no token', () => {
    const secrets = [
      ...Object.values(JOURNEY_SECRETS),
      JOURNEY_SECRETS.cardNumber.replace(/\s/g, ''),
      verificationCode,
    ];
    for (const [where, haystack] of Object.entries(report)) {
      expectNoSecrets(`the report as ${where}`, haystack, secrets);
      expect(haystack).not.toContain('@');
      expect(haystack).not.toMatch(/juan/i);
      expect(haystack).not.toMatch(/token/i);
      expect(haystack).not.toMatch(/http/i);
    }
  });

  it("opens in support's options page as someone else's checklist, read-only", async () => {
    const options = await OptionsPage.open(ext);
    await options.openReport(report.json);
    await waitForSelector(options.page, '[data-foreign-report]');
    const view = await options.page.$eval('[data-foreign-report]', (el) => ({
      states: Array.from(el.querySelectorAll('li[data-step]')).map((li) =>
        li.getAttribute('data-state'),
      ),
      buttons: el.querySelectorAll('[data-action="mark-done"], [data-action="undo"]').length,
      banner: el.querySelector('#foreign-banner')?.textContent ?? '',
    }));
    expect(view.states).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(view.buttons).toBe(0);
    expect(view.banner).toContain('read-only');
    await options.readReport();
    expect(await options.axeViolations()).toEqual([]);
    // A report with anything else in it is rejected whole, with the path.
    await options.openReport(
      report.json.replace('"format"', '"email": "juan@example.com", "format"'),
    );
    await waitForSelector(options.page, '[data-report-errors]');
    expect(
      await options.page.$eval('[data-report-errors]', (el) => el.textContent ?? ''),
    ).toContain('$.email');
    expect(await options.page.$('[data-foreign-report]')).toBeNull();
    await options.page.close();
  });

  it('speaks the language chosen on the page, report included, at once', async () => {
    const options = await OptionsPage.open(ext);
    await options.readReport();
    await options.page.select('select[data-setting="language"]', 'es');
    await waitForSelector(options.page, 'main[data-language="es"]');
    await waitFor(
      'the report in Spanish',
      () => options.page.$eval('[data-report-text]', (el) => el.textContent ?? ''),
      (text) => text.includes('Pasos:'),
    );
    const texts = await options.page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelector('h1')?.textContent,
      paste: document.querySelector('label[for="pack-paste"]')?.textContent,
      copy: document.querySelector('[data-action="copy-report-text"]')?.textContent,
    }));
    expect(texts).toEqual({
      lang: 'es',
      h1: 'AliPay Card Guide — opciones',
      paste: 'Pega un paquete',
      copy: 'Copiar como texto',
    });
    // The report says which language the shopper reads, as well as being written in it.
    expect(JSON.parse((await options.readReport()).json).language).toBe('es');
    await options.page.select('select[data-setting="language"]', 'auto');
    await waitForSelector(options.page, 'main[data-language="auto"]');
    expect(await options.page.$eval('h1', (h) => h.textContent)).toBe(
      'AliPay Card Guide — options',
    );
    await options.page.close();
  });
});

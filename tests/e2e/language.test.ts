/**
 * Issue #11, in both browsers: Spanish chosen on the options page reaches
 * every screen that is open, without reopening or reloading any of them. The
 * open popup's step titles and "What to do now", a rejected pack's errors on
 * the options page, and the on-page guide, which on an English page quotes
 * the control by the page's own words ("My AliPay account").
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { OptionsPage } from '../harness/options-page';
import { PopupPage } from '../harness/popup-page';
import { openShop } from '../harness/shopper';
import { waitFor, waitForSelector } from '../harness/wait';

const locale = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message: string }>;
const english = locale('en');
const spanish = locale('es');

/** The shipped sample pack with a name that is not text: one error, at `$.name`. */
const BAD_PACK = JSON.stringify({
  ...(JSON.parse(
    readFileSync(new URL('../../public/packs/relabel-link-card.json', import.meta.url), 'utf8'),
  ) as object),
  name: 5,
});

let site: RunningMockSite;
beforeAll(async () => {
  site = await startMockSite({ port: 0 });
});
afterAll(async () => {
  await site?.close();
});

describe.each<BrowserName>(['chromium', 'firefox'])('language in %s', (browser) => {
  let ext: ExtensionBrowser;
  let shop: Page;
  let guide: GuidePage;
  let popup: PopupPage;
  let options: OptionsPage;

  beforeAll(async () => {
    ext = await launchWithExtension(browser);
    shop = await openShop(ext);
    guide = new GuidePage(shop);
    popup = await PopupPage.open(ext);
    options = await OptionsPage.open(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** The popup's step titles and its "What to do now" heading and text. */
  const popupTexts = () =>
    popup.page.evaluate(() => ({
      titles: Array.from(document.querySelectorAll('li[data-step] .step-title'), (el) =>
        (el.textContent ?? '').trim(),
      ),
      next: document.querySelector('#next-heading')?.textContent?.trim() ?? '',
      todo: document.querySelector('[data-next] > p:not([data-reopened])')?.textContent ?? '',
      // Set below on the element on screen: still there means it was never re-created.
      same: (document.querySelector('main') as { probe?: boolean } | null)?.probe === true,
    }));

  const packErrors = () =>
    options.page.$$eval('[data-pack-errors] li', (items) =>
      items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );

  it('starts in the browser’s language, English', async () => {
    // The guide draws on animation frames, which only the tab in front gets.
    await shop.bringToFront();
    await shop.goto(`${site.origin('aliexpress')}/account?lang=en`);
    const hint = await guide.waitForHint({ page: 'ae-my-aliexpress', step: 'sync' });
    expect(hint.text).toContain(english.stepOfTotal!.message.replace('$COUNT$', '1'));
    expect(hint.text).toContain('Choose “My AliPay account” to go to AliPay.');

    await popup.page.evaluate(() => {
      (document.querySelector('main') as { probe?: boolean } | null)!.probe = true;
    });
    const now = await popupTexts();
    expect(now.titles[0]).toBe(english.step_sync_title!.message);
    expect(now.next).toBe(`${english.nextLabel!.message}: ${english.step_sync_title!.message}`);

    await options.checkPack(BAD_PACK);
    expect(await options.packErrors()).toEqual(['$.name — must be text']);
  });

  it('choosing Spanish turns the options page and its pack errors Spanish in place', async () => {
    await options.page.bringToFront();
    await options.page.select('select[data-setting="language"]', 'es');
    await waitForSelector(options.page, 'main[data-language="es"]');
    await waitFor(
      'the pack error in Spanish',
      packErrors,
      (errors) => errors.join() === '$.name — debe ser texto',
    );
    expect(await options.page.$eval('[data-pack-errors] .error', (el) => el.textContent)).toBe(
      spanish.packRejected!.message,
    );
  });

  it('the open popup follows: step titles and "What to do now" in Spanish, not reopened', async () => {
    await popup.page.bringToFront();
    await waitForSelector(popup.page, 'main[data-lang="es"]');
    const now = await waitFor('the popup in Spanish', popupTexts, (texts) =>
      texts.titles.includes(spanish.step_sync_title!.message),
    );
    expect(now.same).toBe(true);
    expect(now.titles).toEqual(
      ['sync', 'verify_email', 'set_pin', 'link_card', 'confirm_card'].map(
        (step) => spanish[`step_${step}_title`]!.message,
      ),
    );
    expect(now.next).toBe(`${spanish.nextLabel!.message}: ${spanish.step_sync_title!.message}`);
    expect(now.todo).toBe(spanish.step_sync_todo!.message);
  });

  it('the guide on the English page speaks Spanish and quotes the page: “My AliPay account”', async () => {
    // The guide draws on animation frames, which only the tab in front gets.
    await shop.bringToFront();
    const hint = await waitFor(
      'the guide in Spanish',
      () => guide.hint(),
      (now) => !!now?.text.includes('Paso 1 de 5'),
    );
    expect(hint?.page).toBe('ae-my-aliexpress');
    expect(hint?.text).toContain('Elige «My AliPay account» para ir a AliPay.');
    expect(hint?.text).not.toContain('Mi cuenta de AliPay');
    expect(await shop.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

/**
 * Every error of the spec, produced on the mock site as a shopper would
 * produce it, gets the guide's explanation and next step in the page's
 * language: Chromium in English, Firefox in Spanish.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS, type Lang } from '../mock-site/labels';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { PopupPage } from '../harness/popup-page';
import { setProgress } from '../harness/progress';
import { submitCard, submitSecurity } from '../harness/journey';
import { clickByText, openShop, typeInto } from '../harness/shopper';
import { waitFor } from '../harness/wait';

const catalogue = (lang: Lang): Record<string, { message: string }> =>
  JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`),
      'utf8',
    ),
  );

let site: RunningMockSite;
beforeAll(async () => {
  site = await startMockSite({ port: 0 });
});
afterAll(async () => {
  await site?.close();
});

describe.each<[BrowserName, Lang]>([
  ['chromium', 'en'],
  ['firefox', 'es'],
])('spec errors explained in %s (%s)', (browser, lang) => {
  let ext: ExtensionBrowser;
  let popup: PopupPage;
  let shop: Page;
  let guide: GuidePage;
  const L = LABELS[lang];
  const messages = catalogue(lang);

  beforeAll(async () => {
    // The extension speaks the browser's language; the pages speak theirs. Explanations
    // are compared with the extension's catalogue for the language the browser uses.
    ext = await launchWithExtension(browser, { lang });
    popup = await PopupPage.open(ext);
    shop = await openShop(ext);
    guide = new GuidePage(shop);
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Seeds the AliPay session and opens a page in the test's language. */
  async function open(seed: string, pathname: string) {
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=${seed}`);
    await shop.goto(`${site.origin('alipay')}${pathname}?lang=${lang}`);
  }

  /** Waits for this error's explanation itself: the page before a submit may show another one. */
  async function expectExplained(errorKey: string) {
    const uiMessages = (await ext.browser.userAgent()).includes('Firefox')
      ? catalogue('en')
      : messages;
    const expected = uiMessages[errorKey]!.message;
    await waitFor(
      `the "${errorKey}" explanation (${JSON.stringify(expected)})`,
      async () => (await guide.callout())?.errors ?? null,
      (errors) => !!errors?.some((e) => e.includes(expected)),
    );
  }

  const fillSecurity = (pin: string, confirmPin: string) =>
    submitSecurity(shop, lang, { password: 'Another-pass9', answer: 'Sevilla', pin, confirmPin });

  const fillCard = (cardNumber: string, pin: string) =>
    submitCard(shop, lang, { cardNumber, expiry: '11/29', cvv: '321', holder: 'J C', pin });

  it('wrong verification code', async () => {
    await setProgress(popup.page, 'sync');
    await open('sync', '/verify-email');
    await typeInto(shop, L.verificationCode, '000000');
    await clickByText(shop, L.sendConfirmationEmail);
    await expectExplained('err_code_incorrect');
  });

  it('expired email link', async () => {
    await setProgress(popup.page, 'sync');
    // Seeded "verify-email": the mailbox holds a link that was already used once.
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=verify-email`);
    const { sid } = JSON.parse(await shop.$eval('body', (b) => b.textContent ?? '{}')) as {
      sid: string;
    };
    await shop.goto(`${site.origin('mail')}/__mock/join?sid=${sid}`);
    await shop.goto(`${site.origin('mail')}/?lang=${lang}`);
    // Seeded mail is written in English (the language of the page that sent it).
    await clickByText(shop, LABELS.en.confirmEmailSubject);
    await clickByText(shop, LABELS.en.verifyMyEmail);
    await expectExplained('err_link_expired');
    expect((await guide.callout())?.attrs['data-control']).toBe('sendNewEmail');
  });

  it('PIN not six digits, and PINs that differ', async () => {
    await setProgress(popup.page, 'verify-email');
    await open('verify-email', '/security');
    await fillSecurity('123', '123');
    await expectExplained('err_pin_digits');
    await fillSecurity('123456', '654321');
    await expectExplained('err_pin_mismatch');
  });

  it('incorrect PIN, and a card number that fails the check', async () => {
    await setProgress(popup.page, 'set-pin');
    await open('set-pin', '/cards');
    await fillCard('4242 4242 4242 4242', '999999');
    await expectExplained('err_pin_incorrect');
    await open('set-pin', '/cards');
    await fillCard('4242 4242 4242 4241', '123456');
    await expectExplained('err_card_number');
  });

  it('linking a card before the PIN exists', async () => {
    await setProgress(popup.page, 'verify-email');
    await open('verify-email', '/cards');
    const uiMessages = (await ext.browser.userAgent()).includes('Firefox')
      ? catalogue('en')
      : messages;
    const expected = uiMessages.err_pin_first!.message;
    // Wait for the explanation itself: the callout may show the step before the page's message is read.
    const state = await waitFor(
      `the guide to explain "${expected}"`,
      () => guide.callout(),
      (now) => !!now?.text.includes(expected),
    );
    expect(state?.attrs['data-page']).toBe('ap-manage-cards');
  });
});

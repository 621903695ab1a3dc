/**
 * The on-page guide points at the right control on every page of the journey,
 * in English and Spanish, in Chromium and Firefox; follows client-side
 * navigation; and falls back to an instruction card when the control is gone.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type LabelId } from '../../utils/detect/default-labels';
import type { StepId } from '../../utils/flow/steps';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { PopupPage } from '../harness/popup-page';
import { setProgress } from '../harness/progress';
import { openShop } from '../harness/shopper';
import { waitFor, waitForSelector } from '../harness/wait';

type Host = 'aliexpress' | 'alipay';
interface Row {
  done: StepId | null;
  seed: string;
  host: Host;
  path: string;
  control: LabelId;
}

const ROWS: Row[] = [
  { done: null, seed: 'none', host: 'aliexpress', path: '/', control: 'myAliExpress' },
  { done: null, seed: 'none', host: 'aliexpress', path: '/account', control: 'myAliPayAccount' },
  { done: null, seed: 'none', host: 'alipay', path: '/connect', control: 'connect' },
  {
    done: 'sync',
    seed: 'sync',
    host: 'alipay',
    path: '/verify-email',
    control: 'sendConfirmationEmail',
  },
  {
    done: 'verify-email',
    seed: 'verify-email',
    host: 'alipay',
    path: '/security',
    control: 'save',
  },
  { done: 'set-pin', seed: 'set-pin', host: 'alipay', path: '/profile', control: 'manageCards' },
  { done: 'set-pin', seed: 'set-pin', host: 'alipay', path: '/cards', control: 'linkCard' },
  { done: 'link-card', seed: 'link-card', host: 'aliexpress', path: '/', control: 'myOrders' },
  {
    done: 'link-card',
    seed: 'link-card',
    host: 'aliexpress',
    path: '/orders',
    control: 'cardsAndBankAccounts',
  },
];

let site: RunningMockSite;
beforeAll(async () => {
  site = await startMockSite({ port: 0 });
});
afterAll(async () => {
  await site?.close();
});

async function visit(page: Page, host: Host, path: string, lang: string, seed?: string) {
  if (seed) await page.goto(`${site.origin(host)}/__mock/seed?step=${seed}`);
  await page.goto(`${site.origin(host)}${path}?lang=${lang}`);
}

describe.each<BrowserName>(['chromium', 'firefox'])('guide highlight in %s', (browser) => {
  let ext: ExtensionBrowser;
  let popup: PopupPage;
  let shop: Page;
  let guide: GuidePage;

  beforeAll(async () => {
    ext = await launchWithExtension(browser);
    popup = await PopupPage.open(ext);
    shop = await openShop(ext);
    guide = new GuidePage(shop);
  });
  afterAll(async () => {
    await ext?.close();
  });

  for (const lang of ['en', 'es'] as const) {
    it.each(ROWS.map((r) => [`${r.host}${r.path}`, r.control, r] as const))(
      `${lang}: on %s it highlights %s`,
      async (_where, _control, row) => {
        await setProgress(popup.page, row.done);
        await visit(shop, row.host, row.path, lang, row.seed);
        await guide.expectSpotlightOn(row.control, DEFAULT_LABELS[row.control][lang]);
      },
    );
  }

  it('moves the highlight after a client-side navigation', async () => {
    await setProgress(popup.page, 'link-card');
    await visit(shop, 'aliexpress', '/account', 'en', 'link-card');
    await guide.expectSpotlightOn('myOrders', 'My orders');
    // What a single-page app does: push a URL and render the next view in place.
    await shop.evaluate(() => {
      history.pushState({}, '', '/orders-view');
      const main = document.querySelector('main')!;
      main.innerHTML =
        '<h1>My orders</h1><p><a href="/account/cards">Cards and bank accounts</a></p>';
    });
    await guide.expectSpotlightOn('cardsAndBankAccounts', 'Cards and bank accounts');
  });

  it('falls back to an instruction card when the control is missing, and records a safe diagnostic', async () => {
    await setProgress(popup.page, null);
    await shop.goto(`${site.origin('alipay')}/__mock/reset`);
    await shop.evaluate(async () => {
      await fetch('/__mock/options', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hide: ['Connect'] }),
      });
    });
    await shop.goto(`${site.origin('alipay')}/connect?lang=en`);
    const state = await waitFor(
      'the guide to give up looking for "Connect"',
      () => guide.callout(),
      (now) => now?.attrs['data-search'] === 'missing',
    );
    expect(state?.attrs['data-control']).toBe('connect');
    expect(state?.text).toContain('We can’t find “Connect” on this page yet.'.replace('’', "'"));
    expect(await guide.hasSpotlight()).toBe(false);
    await guide.clickAction('looks-different');
    // A freshly opened popup, as the shopper would open it to copy the note for support.
    const fresh = await PopupPage.open(ext);
    await waitForSelector(fresh.page, '[data-notes="1"]');
    const notes = await fresh.page.$eval('[data-notes]', (el) => (el as HTMLElement).innerText);
    await fresh.page.close();
    expect(notes).toContain('alipay/ap-connect');
    expect(notes).toContain('expected connect');
    expect(notes).toContain('missing: connect');
    await shop.evaluate(async () => {
      await fetch('/__mock/options', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ hide: [] }),
      });
    });
  });

  it('finds a control that appears late, within its grace period', async () => {
    await setProgress(popup.page, null);
    await visit(shop, 'aliexpress', '/account', 'en', 'none');
    await guide.waitForSpotlight('myAliPayAccount');
    await shop.evaluate(() => {
      const link = Array.from(document.querySelectorAll('a')).find(
        (a) => a.textContent?.trim() === 'My AliPay account',
      )!;
      const parent = link.parentElement!;
      link.remove();
      setTimeout(() => parent.append(link), 800);
    });
    await guide.expectSpotlightOn('myAliPayAccount', 'My AliPay account');
    expect((await guide.callout())?.attrs['data-search']).toBe('found');
  });
});

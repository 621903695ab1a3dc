/**
 * The guide as a person with a keyboard, a screen reader, a modal dialog or a
 * language preference meets it (Chromium): axe finds nothing, focus is never
 * stolen or trapped, Esc closes, it stays on top, it can be turned off and on,
 * and it follows the language setting.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { GUIDE_HOST, GuidePage } from '../harness/guide-page';
import { PopupPage } from '../harness/popup-page';
import { setProgress } from '../harness/progress';
import { openShop } from '../harness/shopper';
import { waitFor, waitForSelector } from '../harness/wait';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than injected as a <script>: extension pages' CSP forbids added scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run()).violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

let site: RunningMockSite;
let ext: ExtensionBrowser;
let popup: PopupPage;
let shop: Page;
let guide: GuidePage;

beforeAll(async () => {
  site = await startMockSite({ port: 0 });
  ext = await launchWithExtension('chromium');
  popup = await PopupPage.open(ext);
  shop = await openShop(ext);
  guide = new GuidePage(shop);
});
afterAll(async () => {
  await ext?.close();
  await site?.close();
});

async function openSecurity() {
  await setProgress(popup.page, 'verify-email');
  await shop.goto(`${site.origin('alipay')}/__mock/seed?step=verify-email`);
  await shop.goto(`${site.origin('alipay')}/security?lang=en`);
  await guide.waitForSpotlight('save');
}

describe('accessibility (axe-core)', () => {
  it('finds no violations in the popup', async () => {
    expect(await axeViolations(popup.page)).toEqual([]);
  });

  it.each([
    ['My AliExpress with the guide', 'aliexpress', '/account', null, 'myAliPayAccount'],
    ['AliPay security with the guide', 'alipay', '/security', 'verify-email', 'save'],
    ['AliPay cards with the guide', 'alipay', '/cards', 'set-pin', 'linkCard'],
  ] as const)('finds no violations on %s', async (_name, host, pathname, done, control) => {
    await setProgress(popup.page, done);
    await shop.goto(`${site.origin(host)}/__mock/seed?step=${done ?? 'none'}`);
    await shop.goto(`${site.origin(host)}${pathname}?lang=en`);
    await guide.waitForSpotlight(control);
    // axe cannot enter the guide's closed root: it audits an open copy in its place.
    await guide.showAuditCopy();
    const violations = await axeViolations(shop);
    await guide.removeAuditCopy();
    expect(violations).toEqual([]);
  });
});

describe('keyboard and focus', () => {
  it('never takes focus from the field the shopper is typing in', async () => {
    await openSecurity();
    await shop.focus('#password').catch(async () => {
      await shop.evaluate(() =>
        (document.querySelector('input[type="password"]') as HTMLInputElement).focus(),
      );
    });
    await shop.keyboard.type('x');
    // Make the guide re-render: the page moves "Save" down, and the spotlight follows it.
    const before = await guide.waitForSpotlight('save');
    await shop.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '40px';
      document.body.prepend(spacer);
    });
    await waitFor(
      'the spotlight to follow "Save" 40 px down',
      () => guide.waitForSpotlight('save'),
      (now) => Math.abs(now.top - (before.top + 40)) <= 2,
    );
    expect(await shop.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
      'password',
    );
  });

  it('reaches the callout buttons with Tab, does not trap focus, and closes with Esc', async () => {
    await openSecurity();
    const inGuide = () => guide.focusedAction();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 40 && !seen.includes('turn-off'); i += 1) {
      await shop.keyboard.press('Tab');
      seen.push(await inGuide());
    }
    expect(seen).toContain('hide');
    expect(seen).toContain('turn-off');
    // One more Tab leaves the guide: no trap.
    await shop.keyboard.press('Tab');
    expect(await inGuide()).toBeNull();
    // Back into the callout, then Esc hides it on this page.
    await shop.keyboard.down('Shift');
    await shop.keyboard.press('Tab');
    await shop.keyboard.up('Shift');
    expect(await inGuide()).toBe('turn-off');
    await shop.keyboard.press('Escape');
    await guide.waitForNoCallout();
    expect(await guide.hint()).toBeNull();
  });

  it('hides with Esc from anywhere on the page, unless the page uses the key', async () => {
    await openSecurity();
    // Typing in a search field: Esc belongs to the field, the guide stays.
    await shop.evaluate(() => {
      const search = Object.assign(document.createElement('input'), { type: 'search' });
      search.setAttribute('aria-label', 'Search help');
      document.querySelector('main')!.prepend(search);
      search.focus();
    });
    await shop.keyboard.press('Escape');
    expect(await guide.callout()).not.toBeNull();
    // A page script cannot hide it either: only a real key press counts.
    await shop.evaluate(() =>
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(await guide.callout()).not.toBeNull();
    // Focus on the page itself: Esc hides the guide on this page.
    await shop.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shop.keyboard.press('Escape');
    await guide.waitForNoCallout();
  });

  it('announces the step through a polite live region', async () => {
    await openSecurity();
    const live = await guide.liveText();
    expect(live).toContain('Step 3 of 5');
  });
});

describe('on top of the page', () => {
  it('stays above a sticky header and a dialog with the highest z-index', async () => {
    await openSecurity();
    await shop.evaluate(() => {
      const header = Object.assign(document.createElement('div'), { textContent: 'Sticky promo' });
      header.style.cssText =
        'position:fixed;inset:0;z-index:2147483647;background:rgb(255 0 0 / 0.3)';
      document.body.append(header);
      const dialog = document.createElement('dialog');
      dialog.textContent = 'A dialog from the page';
      dialog.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;z-index:2147483647';
      document.body.append(dialog);
      dialog.show();
    });
    // What a person sees at the callout's place: the guide, not the page's layers.
    await waitFor(
      'the callout to be the topmost thing at its place',
      () => guide.topmostAtCallout(),
      (onTop) => onTop === GUIDE_HOST,
    );
  });

  it('goes back on top of the top layer after the page opens a modal dialog', async () => {
    await openSecurity();
    // A modal makes the rest of the page inert (the guide too: it cannot take clicks
    // then), but the guide is re-shown above it so the shopper still sees what to do.
    await guide.recordToggles();
    await shop.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.textContent = 'A modal from the page';
      document.body.append(dialog);
      dialog.showModal();
    });
    await waitFor(
      'the guide to be shown again above the modal',
      () => guide.popover(),
      (now) => now.open && now.shown.includes('open'),
    );
  });
});

describe('turning it off and choosing a language', () => {
  it('turns off everywhere from the callout, and back on from the popup', async () => {
    await openSecurity();
    await guide.clickAction('turn-off');
    await guide.waitForNoCallout();
    const fresh = await PopupPage.open(ext);
    const toggle = await waitForSelector(fresh.page, '[data-action="toggle-guide"]');
    expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await toggle.click();
    await fresh.page.close();
    await guide.waitForSpotlight('save');
  });

  it('speaks Spanish when Spanish is chosen, in the popup and on the page', async () => {
    await popup.chooseLanguage('es');
    await openSecurity();
    await waitFor(
      'the guide in Spanish',
      async () => (await guide.callout())?.text ?? null,
      (text) => !!text?.includes('Paso 3 de 5'),
    );
    const fresh = await PopupPage.open(ext);
    await waitForSelector(fresh.page, 'main[data-lang="es"]');
    expect(await fresh.text()).toContain('Vincula tu tarjeta con AliPay');
    await fresh.page.close();
    await popup.chooseLanguage('auto');
  });
});

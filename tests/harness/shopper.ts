/**
 * Page helpers that act like a shopper: they only use what a person sees.
 * Links and buttons are found by their visible text or accessible name, fields
 * by their label, and only when visible. They search the page's own document,
 * not shadow roots, so a guide panel the extension adds with the same words is
 * never clicked by mistake.
 *
 * Each runs a small function in the page (no CDP-only selectors), so the same
 * helpers drive Chromium and Firefox. Each waits, polling, until its target
 * appears, which also covers the page still loading after a click.
 */
import type { ElementHandle, Page } from 'puppeteer';
import type { ExtensionBrowser } from './extension';
import { WAIT_MS, waitFor, waitForElement } from './wait';

const DEFAULT_TIMEOUT_MS = WAIT_MS;
const POLL_MS = 100;

export interface WaitOptions {
  timeout?: number;
}

/** Waits for a visible link or button whose name is exactly `name`. */
export async function findClickable(
  page: Page,
  name: string,
  opts: WaitOptions = {},
): Promise<ElementHandle<HTMLElement>> {
  return waitForElement(
    page,
    `a visible link or button named "${name}" on ${page.url()}`,
    // Self-contained on purpose: it runs in the page, and a nested named helper would be
    // wrapped by some TS runners (tsx keeps names with an injected `__name`) and fail there.
    (wanted: string) => {
      const candidates = document.querySelectorAll<HTMLElement>(
        'a[href], button, [role="button"], [role="link"], input[type="submit"], input[type="button"]',
      );
      for (const el of candidates) {
        const own = el instanceof HTMLInputElement ? el.value : el.innerText;
        const accessible = (el.getAttribute('aria-label') || own).replace(/\s+/g, ' ').trim();
        const visible = el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
        if (accessible === wanted && visible && !el.matches(':disabled')) return el;
      }
      return null;
    },
    [name],
    { timeout: opts.timeout ?? DEFAULT_TIMEOUT_MS, interval: POLL_MS },
  );
}

/** Clicks the visible link or button named `name` (its text, or its aria-label for an icon). */
export async function clickByText(page: Page, name: string, opts: WaitOptions = {}): Promise<void> {
  const element = await findClickable(page, name, opts);
  await element.click();
  // The click may have started a navigation that already destroyed the handle's page.
  await element.dispose().catch(() => undefined);
}

/** A CSS selector for the visible control that the `<label>` reading `label` points at. */
async function controlByLabel(page: Page, label: string, opts: WaitOptions): Promise<string> {
  const selector = await waitFor(
    `a visible field labelled "${label}" on ${page.url()}`,
    () =>
      page.evaluate((wanted: string) => {
        for (const el of document.querySelectorAll('label')) {
          if (el.innerText.replace(/\s+/g, ' ').trim() !== wanted || !el.htmlFor) continue;
          const control = document.getElementById(el.htmlFor);
          if (control?.checkVisibility()) return `#${CSS.escape(control.id)}`;
        }
        return null;
      }, label),
    (found) => found !== null,
    { timeout: opts.timeout ?? DEFAULT_TIMEOUT_MS, interval: POLL_MS },
  );
  return selector!;
}

/** Types `value` into the (empty) field labelled `label`, key by key. */
export async function typeInto(
  page: Page,
  label: string,
  value: string,
  opts: WaitOptions = {},
): Promise<void> {
  await page.type(await controlByLabel(page, label, opts), value);
}

/** Picks, in the select labelled `label`, the option that reads `optionText`. */
export async function chooseOption(
  page: Page,
  label: string,
  optionText: string,
  opts: WaitOptions = {},
): Promise<void> {
  const selector = await controlByLabel(page, label, opts);
  const value = await page.$eval(
    selector,
    (select, text) => {
      const options = select instanceof HTMLSelectElement ? [...select.options] : [];
      return options.find((o) => o.text.trim() === text)?.value;
    },
    optionText,
  );
  if (value === undefined) throw new Error(`"${label}" has no option "${optionText}"`);
  await page.select(selector, value);
}

/**
 * The page's visible text, as a person reads it: the document's, then that of
 * the page's own open shadow roots (toasts built as web components), but
 * never the extension's guide, which may quote the same words.
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate((guideHost: string) => {
    const parts = [document.body?.innerText ?? ''];
    const hosts = [...document.querySelectorAll('*')].filter(
      (el) => el.shadowRoot && el.localName !== guideHost,
    );
    while (hosts.length) {
      const root = hosts.shift()!.shadowRoot!;
      for (const child of root.children) {
        if (child.localName === 'style') continue;
        parts.push((child as HTMLElement).innerText ?? child.textContent ?? '');
      }
      hosts.push(...[...root.querySelectorAll('*')].filter((el) => el.shadowRoot));
    }
    return parts.join('\n');
  }, 'alipay-card-guide');
}

/** Waits until `text` is visible somewhere on the page. */
export async function waitForText(page: Page, text: string, opts: WaitOptions = {}): Promise<void> {
  await waitFor(
    `"${text}" on ${page.url()}`,
    () => visibleText(page),
    (now) => now.includes(text),
    { timeout: opts.timeout ?? DEFAULT_TIMEOUT_MS, interval: POLL_MS },
  );
}

/** Reads the first run of `digits` digits shown right after `prefix`, as a person reads a code off the screen. */
export async function readNumberAfter(
  page: Page,
  prefix: string,
  digits: number,
  opts: WaitOptions = {},
): Promise<string> {
  const after = (text: string) => {
    const at = text.indexOf(prefix);
    return at < 0
      ? null
      : (new RegExp(`^\\s*(\\d{${digits}})\\b`).exec(text.slice(at + prefix.length))?.[1] ?? null);
  };
  const text = await waitFor(
    `a ${digits}-digit number after "${prefix}" on ${page.url()}`,
    () => visibleText(page),
    (now) => after(now) !== null,
    { timeout: opts.timeout ?? DEFAULT_TIMEOUT_MS, interval: POLL_MS },
  );
  return after(text)!;
}

/** A new tab for the shop, sized like a laptop screen. */
export async function openShop(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  return page;
}

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
 *
 * Each also takes one of the page's frames instead of the page: a card form in
 * a same-origin iframe is part of the page to a shopper, and `areaShowing`
 * finds the frame (or the page) that shows a control.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer';
import type { ExtensionBrowser } from './extension';
import { WAIT_MS, waitFor, waitForElement } from './wait';

const DEFAULT_TIMEOUT_MS = WAIT_MS;
/** Each poll searches every link and button: 20 ms polls measured 3–4 % slower on the journeys than 100 ms. */
const POLL_MS = 100;

export interface WaitOptions {
  timeout?: number;
}

/**
 * Runs in the page (or frame): the visible, enabled link or button named
 * exactly `wanted`, or null. In a frame, the iframe element itself must be
 * visible in its parent too. Self-contained on purpose: a nested named helper
 * would be wrapped by some TS runners (tsx keeps names with an injected
 * `__name`) and fail there.
 */
const visibleClickableNamed = (wanted: string): HTMLElement | null => {
  const frame = window.frameElement;
  if (frame && !frame.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
    return null;
  }
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
};

/** Waits for a visible link or button whose name is exactly `name`. */
export async function findClickable(
  page: Page | Frame,
  name: string,
  opts: WaitOptions = {},
): Promise<ElementHandle<HTMLElement>> {
  return waitForElement(
    page,
    `a visible link or button named "${name}" on ${page.url()}`,
    visibleClickableNamed,
    [name],
    { timeout: opts.timeout ?? DEFAULT_TIMEOUT_MS, interval: POLL_MS },
  );
}

/**
 * Waits until a visible link or button named `name` shows, in the page's own
 * document or in one of its same-origin iframes (a card form in a frame is
 * part of the page to a shopper), and returns where: the page itself, or that
 * frame. The other helpers then act within it, so the same steps work whether
 * a site frames its form or not.
 */
export async function areaShowing(
  page: Page,
  name: string,
  opts: WaitOptions = {},
): Promise<Page | Frame> {
  const shows = async (area: Page | Frame): Promise<boolean> => {
    const handle = await area.evaluateHandle(visibleClickableNamed, name).catch(() => null);
    const found = handle?.asElement() != null;
    await handle?.dispose().catch(() => undefined);
    return found;
  };
  const area = await waitFor(
    `a visible link or button named "${name}" on ${page.url()} or in one of its frames`,
    async (): Promise<Page | Frame | string[]> => {
      if (await shows(page)) return page;
      const origin = new URL(page.url()).origin;
      const frames = page
        .frames()
        .filter((frame) => frame !== page.mainFrame() && !frame.detached)
        .filter((frame) => URL.canParse(frame.url()) && new URL(frame.url()).origin === origin);
      for (const frame of frames) if (await shows(frame)) return frame;
      // Not there yet: what was searched, for the timeout's message.
      return [page.url(), ...frames.map((frame) => frame.url())];
    },
    (found) => !Array.isArray(found),
    { timeout: opts.timeout ?? DEFAULT_TIMEOUT_MS, interval: POLL_MS },
  );
  return area as Page | Frame;
}

/** Clicks the visible link or button named `name` (its text, or its aria-label for an icon). */
export async function clickByText(
  page: Page | Frame,
  name: string,
  opts: WaitOptions = {},
): Promise<void> {
  const element = await findClickable(page, name, opts);
  await element.click();
  // The click may have started a navigation that already destroyed the handle's page.
  await element.dispose().catch(() => undefined);
}

/** A CSS selector for the visible control that the `<label>` reading `label` points at. */
async function controlByLabel(
  page: Page | Frame,
  label: string,
  opts: WaitOptions,
): Promise<string> {
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
  page: Page | Frame,
  label: string,
  value: string,
  opts: WaitOptions = {},
): Promise<void> {
  await page.type(await controlByLabel(page, label, opts), value);
}

/** Picks, in the select labelled `label`, the option that reads `optionText`. */
export async function chooseOption(
  page: Page | Frame,
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
async function visibleText(page: Page | Frame): Promise<string> {
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
export async function waitForText(
  page: Page | Frame,
  text: string,
  opts: WaitOptions = {},
): Promise<void> {
  await waitFor(
    `"${text}" on ${page.url()}`,
    () => visibleText(page),
    (now) => now.includes(text),
    { timeout: opts.timeout ?? DEFAULT_TIMEOUT_MS, interval: POLL_MS },
  );
}

/** Reads the first run of `digits` digits shown right after `prefix`, as a person reads a code off the screen. */
export async function readNumberAfter(
  page: Page | Frame,
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

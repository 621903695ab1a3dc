/**
 * Reads the extension's on-page guide from outside, through its open shadow
 * root on `<alipay-card-guide>` (the README's test contract).
 */
import type { Page } from 'puppeteer';
import { WAIT_MS, waitFor } from './wait';

export const GUIDE_HOST = 'alipay-card-guide';

export interface HintInfo {
  step: string | null;
  page: string | null;
  text: string;
}

/** The hint as shown, or null when the page carries no guide. */
export async function readHint(page: Page): Promise<HintInfo | null> {
  return page.evaluate((host) => {
    const card = document.querySelector(host)?.shadowRoot?.querySelector('[data-agc-hint]');
    if (!card) return null;
    return {
      step: card.getAttribute('data-step'),
      page: card.getAttribute('data-page'),
      text: (card.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, GUIDE_HOST);
}

/** Waits until the hint shows this page id (and step, if given). */
export async function waitForHint(
  page: Page,
  want: { page?: string; step?: string },
  timeout = WAIT_MS,
): Promise<HintInfo> {
  const hint = await waitFor(
    `the guide to show ${JSON.stringify(want)} at ${page.url()}`,
    () => readHint(page),
    (now) =>
      !!now && (!want.page || now.page === want.page) && (!want.step || now.step === want.step),
    { timeout },
  );
  return hint!;
}

/** Everything the extension added to this page, as markup (for leak checks). */
export async function extensionDom(page: Page): Promise<string> {
  return page.evaluate(
    (host) =>
      Array.from(document.querySelectorAll(host))
        .map((el) => el.outerHTML + (el.shadowRoot?.innerHTML ?? ''))
        .join('\n'),
    GUIDE_HOST,
  );
}

export async function hasGuide(page: Page): Promise<boolean> {
  return page.evaluate((host) => document.querySelector(host) !== null, GUIDE_HOST);
}

/**
 * Reads the extension's on-page guide from outside, through its open shadow
 * root on `<alipay-card-guide>` (the README's test contract).
 */
import type { Page } from 'puppeteer';

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
  timeout = 10_000,
): Promise<HintInfo> {
  await page
    .waitForFunction(
      (host: string, w: { page?: string; step?: string }) => {
        const card = document.querySelector(host)?.shadowRoot?.querySelector('[data-agc-hint]');
        return (
          !!card &&
          (!w.page || card.getAttribute('data-page') === w.page) &&
          (!w.step || card.getAttribute('data-step') === w.step)
        );
      },
      { timeout, polling: 50 },
      GUIDE_HOST,
      want,
    )
    .catch(async (error: unknown) => {
      throw new Error(
        `Hint never showed ${JSON.stringify(want)}; it shows ${JSON.stringify(await readHint(page))}`,
        {
          cause: error,
        },
      );
    });
  return (await readHint(page))!;
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

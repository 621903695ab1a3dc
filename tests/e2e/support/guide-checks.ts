/**
 * Checks on the on-page guide from the outside: where its spotlight is, which
 * control it names, and whether that matches the page's own control.
 */
import type { Page } from 'puppeteer';
import { expect } from 'vitest';
import type { StepId } from '../../../utils/flow/steps';
import type { ExtensionBrowser } from './extension';
import { GUIDE_HOST } from './guide-on-page';
import { findClickable } from './shopper';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Sets the extension's progress through its own protocol, from an extension page. */
export async function setProgress(extPage: Page, doneUpTo: StepId | null): Promise<void> {
  await extPage.evaluate(async (step) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    await api.runtime.sendMessage({ type: 'resetProgress', payload: {} });
    if (step) await api.runtime.sendMessage({ type: 'markStep', payload: { step, done: true } });
  }, doneUpTo);
}

/** Waits until the callout names `control` and its spotlight is drawn; returns the spotlight's box. */
export async function waitForSpotlight(
  page: Page,
  control: string,
  timeout = 10_000,
): Promise<Rect> {
  const handle = await page
    .waitForFunction(
      (host: string, want: string) => {
        const root = document.querySelector(host)?.shadowRoot;
        const card = root?.querySelector('[data-agc-hint]');
        const spot = root?.querySelector('[data-agc-spotlight]');
        if (!card || !spot || card.getAttribute('data-control') !== want) return false;
        const r = spot.getBoundingClientRect();
        return { top: r.top, left: r.left, width: r.width, height: r.height };
      },
      { timeout, polling: 50 },
      GUIDE_HOST,
      control,
    )
    .catch(async (error: unknown) => {
      const now = await page.evaluate((host: string) => {
        const card = document.querySelector(host)?.shadowRoot?.querySelector('[data-agc-hint]');
        return card
          ? Object.fromEntries(Array.from(card.attributes).map((a) => [a.name, a.value]))
          : null;
      }, GUIDE_HOST);
      throw new Error(
        `No spotlight on "${control}" at ${page.url()}; the guide shows ${JSON.stringify(now)}`,
        { cause: error },
      );
    });
  return (await handle.jsonValue()) as Rect;
}

/** The spotlight surrounds the page's own control named `name` (a few pixels of padding). */
export async function expectSpotlightOn(page: Page, control: string, name: string): Promise<void> {
  const element = await findClickable(page, name);
  // Let a scroll into view settle, then compare both boxes in the same frame.
  await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForFunction(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
  );
  const spot = await waitForSpotlight(page, control);
  const box = (await element.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  })) as Rect;
  const tolerance = 3;
  expect(Math.abs(spot.left + 6 - box.left), 'left').toBeLessThanOrEqual(tolerance);
  expect(Math.abs(spot.top + 6 - box.top), 'top').toBeLessThanOrEqual(tolerance);
  expect(Math.abs(spot.width - 12 - box.width), 'width').toBeLessThanOrEqual(tolerance);
  expect(Math.abs(spot.height - 12 - box.height), 'height').toBeLessThanOrEqual(tolerance);
}

/** Attributes and text of the guide's callout, or null. */
export async function calloutState(
  page: Page,
): Promise<{ attrs: Record<string, string>; text: string; errors: string[] } | null> {
  return page.evaluate((host: string) => {
    const card = document.querySelector(host)?.shadowRoot?.querySelector('[data-agc-hint]');
    if (!card) return null;
    return {
      attrs: Object.fromEntries(Array.from(card.attributes).map((a) => [a.name, a.value])),
      text: (card.textContent ?? '').replace(/\s+/g, ' '),
      errors: Array.from(card.querySelectorAll('[data-agc-error]')).map((e) =>
        (e.textContent ?? '').replace(/\s+/g, ' '),
      ),
    };
  }, GUIDE_HOST);
}

/** Clicks a button of the callout by its data-action. */
export async function clickGuideAction(page: Page, action: string): Promise<void> {
  const button = await page.waitForFunction(
    (host: string, a: string) =>
      document.querySelector(host)?.shadowRoot?.querySelector(`[data-action="${a}"]`) ?? false,
    { timeout: 10_000, polling: 50 },
    GUIDE_HOST,
    action,
  );
  await (button.asElement() as unknown as { click(): Promise<void> }).click();
}

export async function openShop(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  return page;
}

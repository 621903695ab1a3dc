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
import { WAIT_MS, waitFor, waitForElement } from './wait';

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

/** Where the guide's spotlight is drawn and which control its callout names, or null. */
async function readSpotlight(page: Page): Promise<{ control: string | null; box: Rect } | null> {
  return page.evaluate((host: string) => {
    const root = document.querySelector(host)?.shadowRoot;
    const card = root?.querySelector('[data-agc-hint]');
    const spot = root?.querySelector('[data-agc-spotlight]');
    if (!card || !spot) return null;
    const r = spot.getBoundingClientRect();
    return {
      control: card.getAttribute('data-control'),
      box: { top: r.top, left: r.left, width: r.width, height: r.height },
    };
  }, GUIDE_HOST);
}

/** Waits until the callout names `control` and its spotlight is drawn; returns the spotlight's box. */
export async function waitForSpotlight(
  page: Page,
  control: string,
  timeout = WAIT_MS,
): Promise<Rect> {
  const seen = await waitFor(
    `a spotlight on "${control}" at ${page.url()}`,
    () => readSpotlight(page),
    (now) => now?.control === control,
    { timeout },
  );
  return seen!.box;
}

/** Resolves after the page has drawn two more frames (a scroll or re-layout has settled). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
  );
}

/** The spotlight surrounds the page's own control named `name` (a few pixels of padding). */
export async function expectSpotlightOn(page: Page, control: string, name: string): Promise<void> {
  const element = await findClickable(page, name);
  // Let a scroll into view settle, then compare both boxes in the same frame.
  await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await nextFrames(page);
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
  const button = await waitForElement(
    page,
    `the guide's "${action}" button`,
    (host: string, a: string) =>
      document.querySelector(host)?.shadowRoot?.querySelector(`[data-action="${a}"]`) ?? null,
    [GUIDE_HOST, action],
  );
  await button.click();
}

/** Waits until the guide shows no callout on this page (hidden, or turned off). */
export async function waitForNoCallout(page: Page): Promise<void> {
  await waitFor(
    `the guide's callout to go at ${page.url()}`,
    () => calloutState(page),
    (now) => now === null,
  );
}

export async function openShop(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  return page;
}

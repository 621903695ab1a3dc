/**
 * Page object for the extension's on-page guide, read from outside through the
 * shadow root on `<alipay-card-guide>` (the README's test contract).
 *
 * The only place in the specs, tools and harness that reaches into that shadow
 * root: when the root becomes closed and reachable only through browser
 * automation, only this file changes. Keep every access behind a method here.
 */
import type { Page } from 'puppeteer';
import { expect } from 'vitest';
import { findClickable } from './shopper';
import { nextFrames, WAIT_MS, waitFor, waitForElement } from './wait';

export const GUIDE_HOST = 'alipay-card-guide';

export interface HintInfo {
  step: string | null;
  page: string | null;
  text: string;
}

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface CalloutState {
  attrs: Record<string, string>;
  text: string;
  errors: string[];
}

export class GuidePage {
  constructor(readonly page: Page) {}

  /** Whether the extension put its guide element on this page at all. */
  async isPresent(): Promise<boolean> {
    return this.page.evaluate((host) => document.querySelector(host) !== null, GUIDE_HOST);
  }

  /** The hint as shown, or null when the page carries no guide. */
  async hint(): Promise<HintInfo | null> {
    return this.page.evaluate((host) => {
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
  async waitForHint(want: { page?: string; step?: string }, timeout = WAIT_MS): Promise<HintInfo> {
    const hint = await waitFor(
      `the guide to show ${JSON.stringify(want)} at ${this.page.url()}`,
      () => this.hint(),
      (now) =>
        !!now && (!want.page || now.page === want.page) && (!want.step || now.step === want.step),
      { timeout },
    );
    return hint!;
  }

  /** Everything the extension added to this page, as markup (for leak checks). */
  async extensionDom(): Promise<string> {
    return this.page.evaluate(
      (host) =>
        Array.from(document.querySelectorAll(host))
          .map((el) => el.outerHTML + (el.shadowRoot?.innerHTML ?? ''))
          .join('\n'),
      GUIDE_HOST,
    );
  }

  /** Attributes and text of the guide's callout, or null. */
  async callout(): Promise<CalloutState | null> {
    return this.page.evaluate((host: string) => {
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

  /** Where the callout is drawn in the viewport, or null. */
  async calloutBox(): Promise<Rect | null> {
    return this.page.evaluate((host: string) => {
      const card = document.querySelector(host)?.shadowRoot?.querySelector('[data-agc-hint]');
      if (!card) return null;
      const r = card.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    }, GUIDE_HOST);
  }

  /** Waits until the guide shows no callout on this page (hidden, or turned off). */
  async waitForNoCallout(): Promise<void> {
    await waitFor(
      `the guide's callout to go at ${this.page.url()}`,
      () => this.callout(),
      (now) => now === null,
    );
  }

  /** Whether a spotlight is drawn at all. */
  async hasSpotlight(): Promise<boolean> {
    return this.page.evaluate(
      (host: string) =>
        !!document.querySelector(host)?.shadowRoot?.querySelector('[data-agc-spotlight]'),
      GUIDE_HOST,
    );
  }

  /** Where the spotlight is drawn and which control the callout names, or null. */
  private async spotlight(): Promise<{ control: string | null; box: Rect } | null> {
    return this.page.evaluate((host: string) => {
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
  async waitForSpotlight(control: string, timeout = WAIT_MS): Promise<Rect> {
    const seen = await waitFor(
      `a spotlight on "${control}" at ${this.page.url()}`,
      () => this.spotlight(),
      (now) => now?.control === control,
      { timeout },
    );
    return seen!.box;
  }

  /** The spotlight surrounds the page's own control named `name` (a few pixels of padding). */
  async expectSpotlightOn(control: string, name: string): Promise<void> {
    const element = await findClickable(this.page, name);
    // Let a scroll into view settle, then compare both boxes in the same frame.
    await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await nextFrames(this.page);
    const spot = await this.waitForSpotlight(control);
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

  /** Clicks a button of the callout by its data-action. */
  async clickAction(action: string): Promise<void> {
    const button = await waitForElement(
      this.page,
      `the guide's "${action}" button`,
      (host: string, a: string) =>
        document.querySelector(host)?.shadowRoot?.querySelector(`[data-action="${a}"]`) ?? null,
      [GUIDE_HOST, action],
    );
    await button.click();
  }

  /**
   * Where keyboard focus is: the data-action of the focused control inside the
   * guide, 'host' when the guide itself has focus, or null when focus is elsewhere.
   */
  async focusedAction(): Promise<string | null> {
    return this.page.evaluate((host) => {
      const el = document.querySelector(host);
      return document.activeElement === el
        ? (el?.shadowRoot?.activeElement?.getAttribute('data-action') ?? 'host')
        : null;
    }, GUIDE_HOST);
  }

  /** What the guide's polite live region says. */
  async liveText(): Promise<string> {
    return this.page.evaluate(
      (host) =>
        document.querySelector(host)?.shadowRoot?.querySelector('[aria-live="polite"]')
          ?.textContent ?? '',
      GUIDE_HOST,
    );
  }

  /**
   * What a person sees near the top of the callout: the tag name of the topmost
   * element there (GUIDE_HOST when the guide is on top), or 'no callout'.
   */
  async topmostAtCallout(): Promise<string | undefined> {
    return this.page.evaluate((host) => {
      const card = document.querySelector(host)?.shadowRoot?.querySelector('[data-agc-hint]');
      if (!card) return 'no callout';
      const r = card.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 10);
      return hit?.tagName.toLowerCase();
    }, GUIDE_HOST);
  }

  /** Starts recording the guide's popover toggles (see `popover()`). */
  async recordToggles(): Promise<void> {
    await this.page.evaluate((host) => {
      const guide = document.querySelector(host) as HTMLElement;
      const shown: string[] = [];
      (window as unknown as { guideToggles: string[] }).guideToggles = shown;
      guide.addEventListener('toggle', (e) => shown.push((e as ToggleEvent).newState));
    }, GUIDE_HOST);
  }

  /** Whether the guide is shown as a popover now, and its toggles since `recordToggles()`. */
  async popover(): Promise<{ open: boolean; shown: string[] }> {
    return this.page.evaluate(
      (host) => ({
        shown: (window as unknown as { guideToggles: string[] }).guideToggles,
        open: document.querySelector(host)?.matches(':popover-open') ?? false,
      }),
      GUIDE_HOST,
    );
  }
}

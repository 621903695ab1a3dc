/**
 * Page object for the extension's on-page guide, read from outside through the
 * closed shadow root on `<alipay-card-guide>` (the README's test contract).
 *
 * Page scripts cannot reach that root; Puppeteer reaches it through the
 * browser's automation access (closed-shadow.ts). This is the only place in
 * the specs, tools and harness that does: keep every access behind a method here.
 */
import type { Frame, Page } from 'puppeteer';
import { expect } from 'vitest';
import { evaluateInClosedRoot, type InRoot } from './closed-shadow';
import { findClickable } from './shopper';
import { nextFrames, WAIT_MS, waitFor } from './wait';

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

  /** Runs `fn` on the guide's shadow root (null when there is none); plain data in and out. */
  private inRoot<A extends unknown[], R>(fn: InRoot<A, R>, ...args: A): Promise<Awaited<R>> {
    return evaluateInClosedRoot(this.page, GUIDE_HOST, fn, ...args);
  }

  /** Whether the extension put its guide element on this page at all. */
  async isPresent(): Promise<boolean> {
    return this.page.evaluate((host) => document.querySelector(host) !== null, GUIDE_HOST);
  }

  /** The hint as shown, or null when the page carries no guide. */
  async hint(): Promise<HintInfo | null> {
    return this.inRoot((root) => {
      const card = root?.querySelector('[data-agc-hint]');
      if (!card) return null;
      return {
        step: card.getAttribute('data-step'),
        page: card.getAttribute('data-page'),
        text: (card.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    });
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
    const hosts = await this.page.evaluate(
      (host) =>
        Array.from(document.querySelectorAll(host))
          .map((el) => el.outerHTML)
          .join('\n'),
      GUIDE_HOST,
    );
    return hosts + (await this.inRoot((root) => root?.innerHTML ?? ''));
  }

  /** Attributes and text of the guide's callout, or null. */
  async callout(): Promise<CalloutState | null> {
    return this.inRoot((root) => {
      const card = root?.querySelector('[data-agc-hint]');
      if (!card) return null;
      return {
        attrs: Object.fromEntries(Array.from(card.attributes).map((a) => [a.name, a.value])),
        text: (card.textContent ?? '').replace(/\s+/g, ' '),
        errors: Array.from(card.querySelectorAll('[data-agc-error]')).map((e) =>
          (e.textContent ?? '').replace(/\s+/g, ' '),
        ),
      };
    });
  }

  /** Where the callout is drawn in the viewport, or null. */
  async calloutBox(): Promise<Rect | null> {
    return this.inRoot((root) => {
      const card = root?.querySelector('[data-agc-hint]');
      if (!card) return null;
      const r = card.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    });
  }

  /** Where the callout is and how it is placed (`data-placement`), or null. */
  private async placed(): Promise<{ placement: string | null; box: Rect } | null> {
    return this.inRoot((root) => {
      const card = root?.querySelector('[data-agc-hint]');
      if (!card) return null;
      const r = card.getBoundingClientRect();
      return {
        placement: card.getAttribute('data-placement'),
        box: { top: r.top, left: r.left, width: r.width, height: r.height },
      };
    });
  }

  /**
   * Waits until the callout has come to rest: the same place and placement two
   * frames apart (its first frame uses an estimated height, the next its real one).
   */
  async settledCallout(): Promise<{ placement: string | null; box: Rect }> {
    let before = JSON.stringify(null);
    const now = await waitFor(
      `the callout to come to rest at ${this.page.url()}`,
      async () => {
        const seen = await this.placed();
        const same = seen !== null && JSON.stringify(seen) === before;
        before = JSON.stringify(seen);
        if (!same) await nextFrames(this.page);
        return same ? seen : null;
      },
      (settled) => settled !== null,
    );
    return now!;
  }

  /** Clicks the callout's "More" (docked as a bar) and waits for it to say it is expanded. */
  async expandDock(): Promise<void> {
    await this.clickAction('more');
    await waitFor(
      "the bar's More button to be expanded",
      () =>
        this.inRoot(
          (root) =>
            root?.querySelector('[data-action="more"]')?.getAttribute('aria-expanded') ?? null,
        ),
      (expanded) => expanded === 'true',
    );
  }

  /** Which of the callout's parts (by class) are drawn: the compact bar folds some away. */
  async shownParts(): Promise<string[]> {
    return this.inRoot((root) =>
      Array.from(root?.querySelectorAll<HTMLElement>('[data-agc-hint] [class]') ?? [])
        .filter((el) => el.checkVisibility())
        .map((el) => el.className),
    );
  }

  /**
   * How the callout writes: its direction, and its buttons' actions in the order they are
   * drawn from left to right.
   */
  async calloutWriting(): Promise<{ direction: string; actionsLeftToRight: string[] }> {
    return this.inRoot((root) => {
      const card = root?.querySelector('[data-agc-hint]');
      const buttons = Array.from(card?.querySelectorAll('[data-action]') ?? []);
      const left = (b: Element) => b.getBoundingClientRect().left;
      return {
        direction: card ? getComputedStyle(card).direction : '',
        actionsLeftToRight: buttons
          .sort((a, b) => left(a) - left(b))
          .map((b) => b.getAttribute('data-action')!),
      };
    });
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
    return this.inRoot((root) => !!root?.querySelector('[data-agc-spotlight]'));
  }

  /**
   * Every property the guide's keyframes animate, as the browser parses its
   * styles (repeats removed). Only opacity and transform run on the
   * compositor; anything else repaints the page under it on every frame.
   */
  async animatedProperties(): Promise<string[]> {
    return this.inRoot((root) => {
      const props = new Set<string>();
      for (const style of Array.from(root?.querySelectorAll('style') ?? [])) {
        // Parsed again here: Firefox keeps the rules of a sheet the extension made from this world.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(style.textContent ?? '');
        for (const rule of Array.from(sheet.cssRules)) {
          // Keyframes nested in a media rule (reduced motion) count too.
          const rules = rule instanceof CSSMediaRule ? Array.from(rule.cssRules) : [rule];
          for (const r of rules) {
            if (!(r instanceof CSSKeyframesRule)) continue;
            for (const frame of Array.from(r.cssRules) as CSSKeyframeRule[])
              for (const name of Array.from(frame.style)) props.add(name);
          }
        }
      }
      return [...props].sort();
    });
  }

  /** Where the spotlight is drawn and which control the callout names, or null. */
  private async spotlight(): Promise<{ control: string | null; box: Rect } | null> {
    return this.inRoot((root) => {
      const card = root?.querySelector('[data-agc-hint]');
      const spot = root?.querySelector('[data-agc-spotlight]');
      if (!card || !spot) return null;
      const r = spot.getBoundingClientRect();
      return {
        control: card.getAttribute('data-control'),
        box: { top: r.top, left: r.left, width: r.width, height: r.height },
      };
    });
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

  /**
   * The spotlight surrounds the page's own control named `name` (a few pixels
   * of padding); `area` is the same-origin frame that shows it, if one does.
   */
  async expectSpotlightOn(
    control: string,
    name: string,
    area: Page | Frame = this.page,
  ): Promise<void> {
    const element = await findClickable(area, name);
    // Let a scroll into view settle, then compare both boxes in the same frame.
    await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await nextFrames(this.page);
    const spot = await this.waitForSpotlight(control);
    const inner = (await element.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    })) as Rect;
    // A control in a frame: its box moves by where the frame's content starts on the page.
    const frame = area === this.page ? null : await (area as Frame).frameElement();
    const offset = frame
      ? await frame.evaluate((f) => {
          const r = f.getBoundingClientRect();
          return { left: r.left + f.clientLeft, top: r.top + f.clientTop };
        })
      : { left: 0, top: 0 };
    await frame?.dispose();
    const box = { ...inner, left: inner.left + offset.left, top: inner.top + offset.top };
    const tolerance = 3;
    expect(Math.abs(spot.left + 6 - box.left), 'left').toBeLessThanOrEqual(tolerance);
    expect(Math.abs(spot.top + 6 - box.top), 'top').toBeLessThanOrEqual(tolerance);
    expect(Math.abs(spot.width - 12 - box.width), 'width').toBeLessThanOrEqual(tolerance);
    expect(Math.abs(spot.height - 12 - box.height), 'height').toBeLessThanOrEqual(tolerance);
  }

  /**
   * Clicks a button of the callout by its data-action, as a person would: a
   * real mouse click at its centre (the guide ignores clicks made by script).
   */
  async clickAction(action: string): Promise<void> {
    // As Puppeteer's own click does: only once the button is on top there and has come
    // to rest (the callout can still be moving to its place; a CI soak run clicked
    // where "Turn the guide off" had just been).
    let before = '';
    const centre = await waitFor(
      `the guide's "${action}" button, on top and at rest`,
      async () => {
        const seen = await this.inRoot((root, a: string) => {
          const r = root?.querySelector(`[data-action="${a}"]`)?.getBoundingClientRect();
          if (!root || !r || r.width === 0) return null;
          const point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          const hit = root.elementFromPoint(point.x, point.y)?.closest(`[data-action="${a}"]`);
          return hit ? point : null;
        }, action);
        const same = seen !== null && JSON.stringify(seen) === before;
        before = JSON.stringify(seen);
        if (!same) await nextFrames(this.page);
        return same ? seen : null;
      },
      (now) => now !== null,
    );
    await this.page.mouse.click(centre!.x, centre!.y);
  }

  /**
   * Puts an open copy of the guide, styles included, over the real one, for
   * page-side auditors (axe) that cannot enter a closed root. Call
   * `removeAuditCopy()` afterwards.
   */
  async showAuditCopy(): Promise<void> {
    const copied = await this.inRoot((root) => {
      if (!root) return false;
      const host = root.host as HTMLElement;
      // Out of the top layer, so the copy (same styles, later in the page) is on top.
      if (host.matches(':popover-open')) host.hidePopover();
      const copy = document.createElement('agc-audit-copy');
      copy.attachShadow({ mode: 'open' }).innerHTML = root.innerHTML;
      document.body.append(copy);
      return true;
    });
    expect(copied, 'a guide to copy').toBe(true);
  }

  async removeAuditCopy(): Promise<void> {
    await this.page.evaluate(() => document.querySelector('agc-audit-copy')?.remove());
  }

  /**
   * What a hostile page script would do if it held the guide's root: `click()`
   * each button and send Escape to the callout, all untrusted events. Returns
   * the actions whose buttons were there to press.
   */
  async scriptPress(actions: string[]): Promise<string[]> {
    return this.inRoot((root, wanted: string[]) => {
      const pressed = wanted.filter((a) => {
        const button = root?.querySelector<HTMLElement>(`[data-action="${a}"]`);
        button?.click();
        return !!button;
      });
      root
        ?.querySelector('[data-agc-hint]')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return pressed;
    }, actions);
  }

  /**
   * Where keyboard focus is: the data-action of the focused control inside the
   * guide, 'host' when the guide itself has focus, or null when focus is elsewhere.
   */
  async focusedAction(): Promise<string | null> {
    return this.inRoot((root) =>
      root && document.activeElement === root.host
        ? (root.activeElement?.getAttribute('data-action') ?? 'host')
        : null,
    );
  }

  /** What the guide's polite live region says. */
  async liveText(): Promise<string> {
    return this.inRoot((root) => root?.querySelector('[aria-live="polite"]')?.textContent ?? '');
  }

  /**
   * What a person sees near the top of the callout: the tag name of the topmost
   * element there (GUIDE_HOST when the guide is on top), or 'no callout'.
   */
  async topmostAtCallout(): Promise<string | undefined> {
    return this.inRoot((root) => {
      const card = root?.querySelector('[data-agc-hint]');
      if (!card) return 'no callout';
      const r = card.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + 10);
      return hit?.tagName.toLowerCase();
    });
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

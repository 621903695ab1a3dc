/**
 * Page object for the popup, using only the documented test contract:
 * `[data-step]` items with `data-state`, the progressbar, and `data-action` buttons.
 */
import type { Page } from 'puppeteer';
import type { StepId } from '../../utils/flow/steps';
import { openExtensionPage, type ExtensionBrowser } from './extension';
import { WAIT_MS, waitFor } from './wait';

export type StepStates = Record<StepId, 'done' | 'current' | 'pending'>;

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<PopupPage> {
    return new PopupPage(
      await openExtensionPage(ext, 'popup.html', 'main[data-ready="true"] [data-step]'),
    );
  }

  async states(): Promise<StepStates> {
    return this.page.$$eval('[data-step]', (items) =>
      Object.fromEntries(
        items.map((li) => [li.getAttribute('data-step'), li.getAttribute('data-state')]),
      ),
    ) as Promise<StepStates>;
  }

  /** Waits until the checklist shows exactly these states (it updates live). */
  async waitForStates(expected: Partial<StepStates>, timeout = WAIT_MS): Promise<void> {
    await waitFor(
      `the popup to show ${JSON.stringify(expected)}`,
      () => this.states(),
      (now) => Object.entries(expected).every(([step, state]) => now[step as StepId] === state),
      { timeout },
    );
  }

  async progressValue(): Promise<number> {
    return this.page.$eval('[role="progressbar"]', (el) =>
      Number(el.getAttribute('aria-valuenow')),
    );
  }

  async click(action: string, step?: StepId): Promise<void> {
    const scope = step ? `[data-step="${step}"] ` : '';
    await this.page.click(`${scope}[data-action="${action}"]`);
  }

  /** What the toolbar button shows: its badge and tooltip, read through the extension's own API. */
  async toolbar(): Promise<{ text: string; title: string }> {
    return this.page.evaluate(async () => {
      type Button = {
        getBadgeText(d: object): Promise<string>;
        getTitle(d: object): Promise<string>;
      };
      type Api = { action?: Button; browserAction?: Button };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const button = (api.action ?? api.browserAction)!;
      return { text: await button.getBadgeText({}), title: await button.getTitle({}) };
    });
  }

  /** Waits until the toolbar button shows what `ok` wants (described by `wanted`). */
  async waitForToolbar(
    wanted: string,
    ok: (now: { text: string; title: string }) => boolean,
  ): Promise<{ text: string; title: string }> {
    return waitFor(`the toolbar button to show ${wanted}`, () => this.toolbar(), ok);
  }

  /** Waits until the toolbar badge reads `text`; returns the tooltip then. */
  async waitForBadge(text: string): Promise<string> {
    return (await this.waitForToolbar(`"${text}"`, (now) => now.text === text)).title;
  }

  async text(): Promise<string> {
    return this.page.$eval('main', (m) => (m as HTMLElement).innerText);
  }
}

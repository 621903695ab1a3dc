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

  async text(): Promise<string> {
    return this.page.$eval('main', (m) => (m as HTMLElement).innerText);
  }
}

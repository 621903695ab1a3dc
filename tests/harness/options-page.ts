/**
 * Page object for the options page, through its test hooks only: `data-action`
 * buttons, `data-pack-id` rows with `data-active`, `[data-pack-errors]`,
 * `[data-pack-preview]`, `[data-report-text]` / `[data-report-json]` and
 * `[data-foreign-report]`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import { openExtensionPage, type ExtensionBrowser } from './extension';
import { waitFor, waitForSelector } from './wait';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

export const OPTIONS_READY = 'main[data-ready="true"]';

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<OptionsPage> {
    return new OptionsPage(await openExtensionPage(ext, 'options.html', OPTIONS_READY));
  }

  /** Puts text in a textarea as a paste would: one input event, not a keystroke per character. */
  async fill(selector: string, text: string): Promise<void> {
    await waitForSelector(this.page, selector);
    await this.page.$eval(
      selector,
      (el, value) => {
        const area = el as HTMLTextAreaElement;
        area.focus();
        area.value = value;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      },
      text,
    );
  }

  async click(action: string, packId?: string): Promise<void> {
    // A tab behind the shop's gets no animation frames, and a click waits for one.
    await this.page.bringToFront();
    const scope = packId ? `[data-pack-id="${packId}"] ` : '';
    const selector = `${scope}[data-action="${action}"]:not([disabled])`;
    await waitForSelector(this.page, selector, { timeout: 15_000 });
    await this.page.click(selector);
  }

  /** Pastes a pack and presses Check. */
  async checkPack(json: string): Promise<void> {
    await this.fill('#pack-paste', json);
    await this.click('check-pack');
  }

  /** Each error line of the rejected pack, "path — message". */
  async packErrors(): Promise<string[]> {
    await waitForSelector(this.page, '[data-pack-errors]', { timeout: 15_000 });
    return this.page.$$eval('[data-pack-errors] li', (items) =>
      items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
  }

  /** The preview's rows: kind, key, locale, as `label:linkCard:en`. */
  async previewRows(packId: string): Promise<string[]> {
    await waitForSelector(this.page, `[data-pack-preview="${packId}"]`, { timeout: 15_000 });
    return this.page.$$eval(`[data-pack-preview="${packId}"] tr[data-change]`, (rows) =>
      rows.map((r) =>
        [
          r.getAttribute('data-change'),
          r.getAttribute('data-key'),
          r.getAttribute('data-locale'),
        ].join(':'),
      ),
    );
  }

  /** Stored packs: id → active. */
  async packs(): Promise<Record<string, boolean>> {
    return this.page.$$eval('[data-pack-id]', (rows) =>
      Object.fromEntries(
        rows.map((r) => [r.getAttribute('data-pack-id'), r.getAttribute('data-active') === 'true']),
      ),
    );
  }

  async waitForPack(id: string, active: boolean | 'gone'): Promise<void> {
    await waitFor(
      `pack "${id}" to be ${active === 'gone' ? 'gone' : active ? 'active' : 'inactive'}`,
      () => this.packs(),
      (now) => (active === 'gone' ? !(id in now) : now[id] === active),
    );
  }

  /** Opens "Show report" and reads the report as text and as JSON, once it is loaded. */
  async readReport(): Promise<{ text: string; json: string }> {
    await waitForSelector(this.page, '[data-report="ready"]', { timeout: 15_000 });
    const open = await this.page.$eval(
      '.copy-report details',
      (d) => (d as HTMLDetailsElement).open,
    );
    if (!open) {
      await this.page.bringToFront();
      await this.page.click('.copy-report summary');
    }
    return waitFor(
      'the report as JSON',
      () =>
        this.page.evaluate(() => ({
          text: document.querySelector('[data-report-text]')?.textContent ?? '',
          json: document.querySelector('[data-report-json]')?.textContent ?? '',
        })),
      (now) => now.json.trim().startsWith('{'),
    );
  }

  /** Pastes a shopper's report into "Open a shopper's report" and opens it. */
  async openReport(json: string): Promise<void> {
    await this.fill('#report-paste', json);
    await this.click('open-report');
  }

  /** axe-core's violations on the page as it is now (Chromium). */
  async axeViolations(): Promise<AxeViolation[]> {
    // Evaluated rather than injected as a <script>: extension pages' CSP forbids added scripts.
    await this.page.evaluate(AXE);
    return this.page.evaluate(async () => {
      type Result = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
      const axe = (globalThis as unknown as { axe: { run(): Promise<Result> } }).axe;
      return (await axe.run()).violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
    });
  }
}

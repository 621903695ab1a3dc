/**
 * Page object for the popup, using only the documented test contract:
 * `[data-step]` items with `data-state`, the progressbar, and `data-action` buttons.
 */
import type { Page } from 'puppeteer';
import type { StepId } from '../../utils/flow/steps';
import { extensionFile, openExtensionPage, type ExtensionBrowser } from './extension';
import { explainTimeout } from './extension-state';
import { sendFromExtensionPage } from './progress';
import { WAIT_MS, waitFor, waitForSelector } from './wait';

export type StepStates = Record<StepId, 'done' | 'current' | 'pending'>;

export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<PopupPage> {
    return new PopupPage(
      await openExtensionPage(ext, 'popup.html', 'main[data-ready="true"] [data-step]'),
    );
  }

  /**
   * Opens a popup and returns as soon as `selector` matches, ready or not: e.g.
   * `main[data-source="cache"] [data-step]` for the last known checklist (issue #11).
   */
  static async openAt(
    ext: ExtensionBrowser,
    selector: string,
    file = 'popup.html',
  ): Promise<PopupPage> {
    return new PopupPage(await openExtensionPage(ext, file, selector));
  }

  /**
   * Opens a popup (at `file`) while `holder`'s page keeps IndexedDB's progress
   * store busy (holdProgressStore): it can show only its snapshot, which
   * `whileCached` reads. Then the store may answer; returns once the store's
   * checklist is on screen (`data-source="store"`, ready).
   */
  static async openFromSnapshot(
    ext: ExtensionBrowser,
    holder: PopupPage,
    whileCached: (fresh: PopupPage) => Promise<void>,
    file = 'popup.html',
  ): Promise<PopupPage> {
    const release = await holder.holdProgressStore();
    let fresh: PopupPage;
    try {
      fresh = await PopupPage.openAt(ext, 'main[data-source="cache"] [data-step]', file);
      await whileCached(fresh);
    } finally {
      await release();
    }
    await waitForSelector(fresh.page, 'main[data-source="store"][data-ready="true"] [data-step]');
    return fresh;
  }

  /**
   * The address the toolbar button opens now, relative to the extension
   * (`popup.html#…`), as the browser's action API reports it.
   */
  async toolbarAddress(): Promise<string> {
    const url = await this.page.evaluate(async () => {
      type Action = { getPopup(details: object): Promise<string> };
      type Api = { action?: Action; browserAction?: Action };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      return (api.action ?? api.browserAction)!.getPopup({});
    });
    return extensionFile(url);
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
    await explainTimeout(this.page, () =>
      waitFor(
        `the popup to show ${JSON.stringify(expected)}`,
        () => this.states(),
        (now) => Object.entries(expected).every(([step, state]) => now[step as StepId] === state),
        { timeout },
      ),
    );
  }

  /** How each step was done (`data-how`), null where it is not done. */
  async hows(): Promise<Record<StepId, string | null>> {
    return this.page.$$eval('[data-step]', (items) =>
      Object.fromEntries(
        items.map((li) => [li.getAttribute('data-step'), li.getAttribute('data-how')]),
      ),
    ) as Promise<Record<StepId, string | null>>;
  }

  /** Where the checklist on screen comes from (`main[data-source]`): cache, store, or null. */
  async source(): Promise<string | null> {
    return this.page.$eval('main', (m) => m.getAttribute('data-source'));
  }

  /** Everything in the extension's `storage.local`, as JSON text. */
  async localStorageArea(): Promise<string> {
    return this.page.evaluate(async () => {
      type Area = { get(keys: null): Promise<Record<string, unknown>> };
      type Api = { storage: { local: Area } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return JSON.stringify(await (g.browser ?? g.chrome).storage.local.get(null));
    });
  }

  /**
   * Puts `storage.local` back as `localStorageArea()` gave it (keys it did not
   * have are removed), or empties it with '{}'.
   */
  async setLocalStorageArea(json: string): Promise<void> {
    await this.page.evaluate(async (area) => {
      type Local = { clear(): Promise<void>; set(items: object): Promise<void> };
      type Api = { storage: { local: Local } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const local = (g.browser ?? g.chrome).storage.local;
      await local.clear();
      await local.set(JSON.parse(area) as object);
    }, json);
  }

  /**
   * Keeps IndexedDB's progress store busy in a read-write transaction, run from
   * this page, until the returned function is called: a popup opened meanwhile
   * cannot read its progress, so it shows its snapshot for as long as a test needs.
   */
  async holdProgressStore(): Promise<() => Promise<void>> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('alipay-card-guide');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const w = window as unknown as { agcHold?: boolean };
            w.agcHold = true;
            const store = db.transaction('progress', 'readwrite').objectStore('progress');
            // One request after another keeps the transaction alive; none writes anything.
            const spin = () => {
              if (w.agcHold) store.count().onsuccess = spin;
              else db.close();
            };
            spin();
            resolve();
          };
        }),
    );
    return async () => {
      await this.page.evaluate(() => {
        (window as unknown as { agcHold?: boolean }).agcHold = false;
      });
    };
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

  /** Sets the extension's language through its protocol, as the popup's own control does. */
  async chooseLanguage(language: 'en' | 'es' | 'auto'): Promise<void> {
    await sendFromExtensionPage(this.page, 'updateSettings', { language });
  }

  /** Waits until the toolbar button shows what `ok` wants (described by `wanted`). */
  async waitForToolbar(
    wanted: string,
    ok: (now: { text: string; title: string }) => boolean,
  ): Promise<{ text: string; title: string }> {
    return explainTimeout(this.page, () =>
      waitFor(`the toolbar button to show ${wanted}`, () => this.toolbar(), ok),
    );
  }

  /** Waits until the toolbar badge reads `text`; returns the tooltip then. */
  async waitForBadge(text: string): Promise<string> {
    return (await this.waitForToolbar(`"${text}"`, (now) => now.text === text)).title;
  }

  async text(): Promise<string> {
    return this.page.$eval('main', (m) => (m as HTMLElement).innerText);
  }
}

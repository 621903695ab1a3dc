/**
 * The usual e2e set-up in one call: the mock site, one browser with the
 * extension, its popup open in a tab, and a "shop" tab for the site. Registers
 * its own beforeAll/afterAll; the returned object is filled in before the
 * first test runs.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll } from 'vitest';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from './extension';
import { PopupPage } from './popup-page';
import { readExtensionStore } from './extension-state';
import { emptyProgress } from '../../utils/flow/progress';
import type { Progress } from '../../utils/flow/progress-schema';

export interface ExtensionSession {
  site: RunningMockSite;
  ext: ExtensionBrowser;
  popup: PopupPage;
  shop: Page;
}

export function useExtensionSession(
  browser: BrowserName,
  opts: { lang?: string } = {},
): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.site = await startMockSite({ port: 0 });
    session.ext = await launchWithExtension(browser, opts);
    session.popup = await PopupPage.open(session.ext);
    session.shop = await session.ext.browser.newPage();
    await session.shop.setViewport({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.site?.close();
  });
  return session;
}

/** Sets test switches of this browser's mock-site session (see tests/mock-site/README.md). */
export async function setMockOptions(
  page: Page,
  origin: string,
  options: Record<string, unknown>,
): Promise<void> {
  if (!page.url().startsWith(origin)) await page.goto(`${origin}/__mock/state`);
  const status = await page.evaluate(async (body: string) => {
    const response = await fetch('/__mock/options', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return response.status;
  }, JSON.stringify(options));
  if (status !== 200) throw new Error(`The mock site refused options ${JSON.stringify(options)}`);
}

/** The progress record as the background stored it (an empty one before the first change). */
export async function readStoredProgress(extPage: Page): Promise<Progress> {
  const [record] = await readExtensionStore<Progress>(extPage, 'progress');
  return record ?? emptyProgress();
}

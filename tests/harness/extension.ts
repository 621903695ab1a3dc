/**
 * Launches Chromium or Firefox with the built extension and opens its popup
 * in a tab, the way QA drives it. Build first: `npm run build` (the e2e
 * command does it).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { GECKO_ID } from '../../wxt.config';
import { findFirefox, launchChromium } from './browsers';
import { waitForSelector } from './wait';

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** URL of an extension page, e.g. extensionUrl('popup.html'). */
  extensionUrl(file: string): string;
  close(): Promise<void>;
}

const OUTPUT = path.resolve(import.meta.dirname, '../../.output');
export const CHROME_BUILD = path.join(OUTPUT, 'chrome-mv3');
export const FIREFOX_BUILD = path.join(OUTPUT, 'firefox-mv2');

function requireBuild(dir: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}. Run "npm run build" first.`);
  }
  return dir;
}

export async function launchWithExtension(
  name: BrowserName,
  opts: { lang?: string; userDataDir?: string } = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromiumWithExtension(opts) : launchFirefoxWithExtension(opts);
}

/** Chromium with an unpacked Chrome build (ours by default; the benchmark passes its own copy). */
export async function launchChromiumWithExtension(opts: {
  lang?: string;
  userDataDir?: string;
  build?: string;
}): Promise<ExtensionBrowser> {
  const { build = CHROME_BUILD, ...launch } = opts;
  const browser = await launchChromium({ ...launch, extensionPath: requireBuild(build) });
  try {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
      { timeout: 20_000 },
    );
    const id = new URL(worker.url()).host;
    return {
      name: 'chromium',
      browser,
      extensionUrl: (file) => `chrome-extension://${id}/${file}`,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function launchFirefoxWithExtension(opts: {
  lang?: string;
  userDataDir?: string;
}): Promise<ExtensionBrowser> {
  // A fixed UUID for our add-on id, so tests know the moz-extension:// origin.
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
  };
  if (opts.lang) prefs['intl.accept_languages'] = `${opts.lang}, en`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    userDataDir: opts.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'agc-ff-')),
    extraPrefsFirefox: prefs,
  });
  await browser.installExtension(requireBuild(FIREFOX_BUILD));
  return {
    name: 'firefox',
    browser,
    extensionUrl: (file) => `moz-extension://${uuid}/${file}`,
    close: () => browser.close(),
  };
}

/** An extension page's address relative to the extension (`popup.html#…`): what `extensionUrl` takes. */
export function extensionFile(url: string): string {
  const { pathname, search, hash } = new URL(url);
  return `${pathname.slice(1)}${search}${hash}`;
}

/**
 * Opens an extension page in a new tab. Under BiDi, goto to moz-extension://
 * never resolves: wait for content instead, and navigate again if a freshly
 * installed add-on was not ready to serve the page yet (seen on a loaded machine).
 */
export async function openExtensionPage(
  ext: ExtensionBrowser,
  file: string,
  readySelector: string,
): Promise<Page> {
  const page = await ext.browser.newPage();
  const url = ext.extensionUrl(file);
  if (ext.name !== 'firefox') {
    await page.goto(url);
    await waitForSelector(page, readySelector, { timeout: 20_000 });
    return page;
  }
  // A just-installed add-on can answer with an error page, or the BiDi evaluation
  // can fail while the page settles: try again, on a fresh tab, for up to 45 s.
  const deadline = Date.now() + 45_000;
  let tab = page;
  for (;;) {
    tab.goto(url).catch(() => {});
    try {
      await waitForSelector(tab, readySelector, { timeout: 10_000 });
      return tab;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await tab.close().catch(() => {});
      await new Promise((r) => setTimeout(r, 500));
      tab = await ext.browser.newPage();
    }
  }
}

/** Stops the MV3 service worker (Chromium); the next message wakes it again. */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  if (ext.name !== 'chromium') return;
  const target = await ext.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  await worker?.close();
}

/**
 * Launches Chromium or Firefox with the built extension and opens its popup
 * in a tab, the way QA drives it. Build first: `npm run build` (the e2e
 * command does it).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Target } from 'puppeteer';
import { launchChromium } from './browsers';
import { giveBackFirefox, startFirefox, takeFirefox } from './firefox-pool';
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

const isOurWorker = (type: string, url: string) =>
  type === 'service_worker' &&
  url.startsWith('chrome-extension://') &&
  url.endsWith('/background.js');

/** The target of our extension's MV3 service worker (Chromium). */
export const isExtensionWorker = (target: Target): boolean =>
  isOurWorker(target.type(), target.url());

function requireBuild(dir: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}. Run "npm run build" first.`);
  }
  return dir;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. "es". */
  lang?: string;
  /** A profile folder that outlives the browser (a restart test's); the caller removes it. */
  userDataDir?: string;
  /** A browser started for this call alone, never a reused one: for what is read at start-up. */
  fresh?: boolean;
}

export async function launchWithExtension(
  name: BrowserName,
  opts: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  // Chromium is started anew every time: `fresh` says nothing to it.
  return name === 'chromium'
    ? launchChromiumWithExtension({ lang: opts.lang, userDataDir: opts.userDataDir })
    : launchFirefoxWithExtension(opts);
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
    const worker = await browser.waitForTarget(isExtensionWorker, { timeout: 20_000 });
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

/**
 * Firefox with the built add-on installed. A plain launch (no language, no profile
 * folder, not `fresh`) reuses the run's idle Firefox and gives it back on close
 * (firefox-pool.ts); one that reads something at start-up gets a browser of its own.
 */
async function launchFirefoxWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const addon = requireBuild(FIREFOX_BUILD);
  const plain = !opts.lang && !opts.userDataDir && !opts.fresh;
  const firefox = plain
    ? await takeFirefox(addon)
    : await startFirefox({
        addon,
        userDataDir: opts.userDataDir,
        prefs: opts.lang ? { 'intl.accept_languages': `${opts.lang}, en` } : {},
      });
  const { uuid } = firefox;
  return {
    name: 'firefox',
    browser: firefox.browser,
    extensionUrl: (file) => `moz-extension://${uuid}/${file}`,
    close: plain ? () => giveBackFirefox(firefox) : firefox.close,
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

/**
 * Stops the MV3 service worker (Chromium); the next message wakes it again.
 * `ifRunning` stops it only if it runs now, instead of waiting for it.
 *
 * It is closed from a session on the browser, never from one attached to the
 * worker (`target.worker().close()`, which closes, then detaches): a worker
 * that a message wakes while a client is still attached waits for that
 * client's debugger before it runs, and detaching does not let it go
 * (puppeteer#9995). A stress run (a page sending all the time, the worker
 * stopped at random moments, one core busy) lost the worker for good at the
 * first stop that way, and never in 150 stops this way; a CI soak run lost
 * the toolbar test to it. Anything that stays attached to the worker must
 * let it run after each restart (watchWorkerConsole).
 */
export async function stopServiceWorker(
  ext: ExtensionBrowser,
  { ifRunning = false }: { ifRunning?: boolean } = {},
): Promise<void> {
  if (ext.name !== 'chromium') return;
  if (!ifRunning) {
    await ext.browser.waitForTarget(isExtensionWorker, { timeout: 10_000 });
  }
  const session = await ext.browser.target().createCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((t) => isOurWorker(t.type, t.url));
    // Already stopped (it may stop on its own at any time): nothing to do.
    if (worker) await session.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await session.detach();
  }
}

/**
 * Evaluates `expression` in the extension's running service worker through a
 * session detached again at once, so a later stop cannot leave the worker
 * waiting for it (see stopServiceWorker). Awaits a promise; returns by value.
 */
export async function evaluateInWorker<T>(browser: Browser, expression: string): Promise<T> {
  const target = await browser.waitForTarget(isExtensionWorker, { timeout: 10_000 });
  const session = await target.createCDPSession();
  try {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the worker: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await session.detach();
  }
}

/**
 * Hands every console message of the extension's service worker to `onText`,
 * across restarts. The session stays attached, so after each restart Chrome
 * holds the worker until it is told to run (see stopServiceWorker): this
 * tells it, and listens again.
 */
export async function watchWorkerConsole(
  target: Target,
  onText: (text: string) => void,
): Promise<void> {
  const session = await target.createCDPSession();
  const listen = () => session.send('Runtime.enable');
  session.on('Runtime.consoleAPICalled', ({ args }) => {
    onText(
      args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' '),
    );
  });
  session.on('Inspector.targetReloadedAfterCrash', () => {
    void Promise.all([listen(), session.send('Runtime.runIfWaitingForDebugger')]).catch(
      () => undefined,
    );
  });
  await session.send('Inspector.enable');
  await listen();
}

/**
 * Popup first render: the popup opened in a fresh tab at the address the
 * toolbar button opens (`popup-<lang>-<n>.html?<snapshot>`, or
 * `popup.html?<snapshot>`) → the checklist on screen, ms since navigation
 * start: its first contentful paint on a page that paints it before its
 * script runs (utils/popup-cache/first-paint.ts), else the paint of the
 * script's progress text; and when the script drew it (its own
 * `agc:checklist-rendered` mark). Warm: the service worker is running (so is the extension's
 * process). Stopped: the worker was stopped just before, and no extension page
 * is open. Samples alternate warm and stopped, and which of the popup and
 * the control opens first, so noise falls on both alike.
 * A control page (no script, added to the benchmark's copy of the build) shows
 * what any extension page costs on this machine before our code runs.
 */
import type { Browser, Page } from 'puppeteer';
import {
  evaluateInWorker,
  extensionFile,
  isExtensionWorker,
  stopServiceWorker,
  type ExtensionBrowser,
} from '../../harness/extension';
import { traceLoad, type TraceSummary } from './extension-trace';
import { CONTROL_PAGE } from './build-snapshot';
import { sleep } from './page-load';
import { everyFirstPaintPage } from '../../../utils/popup-cache/first-paint';

export const CHECKLIST_RENDERED_MARK = 'agc:checklist-rendered';
/** The pages that paint the checklist before the popup's script runs (the build writes them). */
const FIRST_PAINT_PAGES = everyFirstPaintPage().map(({ name }) => name);
/** The `elementtiming` of the popup's progress text (components/popup/progress-bar.tsx). */
export const PAINT_TIMED_ID = 'checklist';

/**
 * Issue #11, "Popup at the floor": the popup's first render p95 at most this
 * much over the control page's first paint p95, warm and stopped alike.
 */
export const POPUP_OVER_CONTROL_P95_MS = 20;

/** Milliseconds since navigation start. */
export interface PopupSample {
  /** The HTML has arrived (process found or started, document committed). */
  responseEndMs: number;
  /** The HTML is parsed (the module script is deferred until after this). */
  domInteractiveMs: number;
  /** DOMContentLoaded done: the module script has run (model started, first render). */
  domContentLoadedMs: number;
  /** The checklist is drawn: the popup's mark, in the effects after the frame that holds it. */
  renderedMs: number;
  /**
   * The checklist is on screen, as the browser's paint timing says: on a
   * first-paint page, its first contentful paint (the page's only content
   * until the script's render replaces it); else Element Timing on the
   * script's progress text (a first-paint page's own copy of it is gone by
   * the time the browser would report it). The same clock and steps as the
   * control's first contentful paint, which `renderedMs` is for the control.
   */
  paintedMs: number;
  /** The first-paint page's checklist was on screen before the script's (its FCP came first). */
  paintedFirst?: boolean;
  /** Where that first checklist came from (`cache` or `store`; null for the control page). */
  source: string | null;
}

function workerRunning(browser: Browser): boolean {
  return browser.targets().some(isExtensionWorker);
}

/** Any content-script report wakes the worker: load a store page in a tab of its own. */
async function wakeWorker(browser: Browser, storeUrl: string): Promise<void> {
  if (workerRunning(browser)) return;
  const page = await browser.newPage();
  try {
    await page.goto(storeUrl);
    await browser.waitForTarget(isExtensionWorker, { timeout: 10_000 });
  } finally {
    await page.close();
  }
}

/**
 * What the toolbar button opens now: `popup.html` with the background's
 * snapshot in its fragment (utils/popup-cache/popup-url.ts), as the browser's
 * action API reports it to the extension's worker. A worker just installed
 * sets it once it has read the store: waited for, up to 10 s.
 */
export async function toolbarPopupUrl(browser: Browser): Promise<string> {
  const address = () => evaluateInWorker<string>(browser, 'chrome.action.getPopup({})');
  const deadline = Date.now() + 10_000;
  let url = await address();
  while (!url.includes('?')) {
    if (Date.now() > deadline)
      throw new Error(`The toolbar button still opens ${url}, with no snapshot, after 10 s`);
    await sleep(50);
    url = await address();
  }
  return url;
}

/** The same, relative to the extension, from a worker woken for it. */
async function toolbarPopupFile(browser: Browser, storeUrl: string): Promise<string> {
  await wakeWorker(browser, storeUrl);
  return extensionFile(await toolbarPopupUrl(browser));
}

/**
 * Opens an extension page in a fresh tab; `done` is the popup's mark, or for
 * the control page its first contentful paint.
 */
async function openOnce(ext: ExtensionBrowser, file: string): Promise<PopupSample> {
  const page: Page = await ext.browser.newPage();
  try {
    await page.goto(ext.extensionUrl(file));
    await page.waitForFunction(
      (mark: string) => performance.getEntriesByName(mark).length > 0,
      { polling: 10 },
      file === CONTROL_PAGE ? 'first-contentful-paint' : CHECKLIST_RENDERED_MARK,
    );
    // The checklist's paint, once the browser reports it (a frame or two after the mark).
    const painted =
      file === CONTROL_PAGE
        ? null
        : await page.evaluate(
            (id: string) =>
              new Promise<number>((resolve, reject) => {
                // Element entries are only given to observers; none after 10 s is a broken hook.
                setTimeout(
                  () => reject(new Error(`no paint entry for elementtiming="${id}"`)),
                  10_000,
                );
                new PerformanceObserver((list, observer) => {
                  const entry = list
                    .getEntries()
                    .find(
                      (e) => (e as PerformanceEntry & { identifier?: string }).identifier === id,
                    );
                  if (!entry) return;
                  observer.disconnect();
                  resolve((entry as PerformanceEntry & { renderTime: number }).renderTime);
                }).observe({ type: 'element', buffered: true });
              }),
            PAINT_TIMED_ID,
          );
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    const firstPaintPage = FIRST_PAINT_PAGES.some((name) => file.startsWith(`${name}?`));
    const earlier = firstPaintPage && fcp !== null && painted !== null && fcp < painted;
    return await page.evaluate(
      (mark: string, paintedMs: number | null, paintedFirst: boolean) => {
        const nav = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        const entry = performance.getEntriesByName(mark)[0]!;
        const detail: unknown = entry instanceof PerformanceMark ? entry.detail : null;
        return {
          responseEndMs: nav?.responseEnd ?? Number.NaN,
          domInteractiveMs: nav?.domInteractive ?? Number.NaN,
          domContentLoadedMs: nav?.domContentLoadedEventEnd ?? Number.NaN,
          renderedMs: entry.startTime,
          paintedMs: paintedMs ?? entry.startTime,
          paintedFirst,
          source:
            detail && typeof detail === 'object' && 'source' in detail
              ? String(detail.source)
              : null,
        };
      },
      file === CONTROL_PAGE ? 'first-contentful-paint' : CHECKLIST_RENDERED_MARK,
      earlier ? fcp : painted,
      earlier,
    );
  } finally {
    await page.close();
  }
}

export interface PopupRenderResult {
  warm: PopupSample[];
  stopped: PopupSample[];
  /**
   * The control: an extension page with no script at all, opened the same two
   * ways, every round (its p95 is the floor of a target).
   */
  controlWarm: PopupSample[];
  controlStopped: PopupSample[];
  traces: TraceSummary[];
}

export async function measurePopupRender(
  ext: ExtensionBrowser,
  storeUrl: string,
  samples: number,
  traceRuns: number,
): Promise<PopupRenderResult> {
  const result: PopupRenderResult = {
    warm: [],
    stopped: [],
    controlWarm: [],
    controlStopped: [],
    traces: [],
  };
  // The popup is opened where the toolbar button opens it, snapshot and all.
  const popupFile = await toolbarPopupFile(ext.browser, storeUrl);
  const open = async (state: 'warm' | 'stopped', file: string) => {
    if (state === 'warm') await wakeWorker(ext.browser, storeUrl);
    else if (workerRunning(ext.browser)) await stopServiceWorker(ext);
    await sleep(200); // the same pause both ways: let a stopped worker's process wind down
    return openOnce(ext, file);
  };
  // One unmeasured round first: the first ever open also pays for disk caches.
  for (let i = -1; i < samples; i++) {
    for (const state of i % 2 === 0
      ? (['warm', 'stopped'] as const)
      : (['stopped', 'warm'] as const)) {
      // A B / B A: whichever opens second may find the first one's process, or
      // disk caches, still warm; each goes first in half the rounds.
      const popupFirst = i % 4 < 2;
      const first = await open(state, popupFirst ? popupFile : CONTROL_PAGE);
      const second = await open(state, popupFirst ? CONTROL_PAGE : popupFile);
      const [sample, control] = popupFirst ? [first, second] : [second, first];
      if (i >= 0) {
        result[state].push(sample);
        result[state === 'warm' ? 'controlWarm' : 'controlStopped'].push(control);
      }
    }
  }
  // Where the warm popup's main-thread time goes: compiling and running its script, then callbacks.
  const rendered = (page: Page) =>
    page
      .waitForFunction(
        (mark: string) => performance.getEntriesByName(mark).length > 0,
        { polling: 10 },
        CHECKLIST_RENDERED_MARK,
      )
      .then(() => undefined);
  for (let i = 0; i < traceRuns; i++) {
    await wakeWorker(ext.browser, storeUrl);
    result.traces.push(
      await traceLoad(ext.browser, ext.extensionUrl(popupFile), { settle: rendered }),
    );
  }
  return result;
}

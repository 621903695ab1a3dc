/**
 * One measured page load in a fresh tab: CDP `Performance.getMetrics`
 * (ScriptDuration, TaskDuration: all main-thread work, the content script's
 * isolated world included), the page's own `longtask` entries, and the JS
 * heap left after a forced garbage collection (JSHeapUsedSize: the page's
 * and the content script's worlds share one V8 heap). The collection comes
 * after the timings are read, so it is not counted in them.
 * Both arms of an A/B comparison go through here, so they are symmetric.
 */
import type { Browser, Page } from 'puppeteer';

export interface LoadSample {
  url: string;
  scriptMs: number;
  taskMs: number;
  /** JSHeapUsedSize after a forced full GC, bytes: what stays alive, not garbage not yet collected. */
  heapBytes: number;
  /** Durations of `longtask` entries (> 50 ms) seen by the page. */
  longTasksMs: number[];
  /** Whether `<alipay-card-guide>` was on the page when measuring. */
  guide: boolean;
  /** Wall time of the whole measurement, tab opening and closing included (for sizing runs). */
  wallMs: number;
}

export interface LoadOptions {
  /** Waits after `load` until the page (and any content script) is done; same on both arms. */
  settle: (page: Page) => Promise<void>;
}

/** Registered before any page script: long tasks are not buffered before an observer exists. */
const observeLongTasks = () => {
  const found: number[] = [];
  (window as unknown as { __agcBenchLongTasks: number[] }).__agcBenchLongTasks = found;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) found.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function fixedSettle(ms: number): LoadOptions['settle'] {
  return () => sleep(ms);
}

export async function measureLoad(
  browser: Browser,
  url: string,
  { settle }: LoadOptions,
): Promise<LoadSample> {
  const started = Date.now();
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(observeLongTasks);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Performance.getMetrics');
    const heapBytes = after.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const { longTasksMs, guide } = await page.evaluate(() => ({
      longTasksMs:
        (window as unknown as { __agcBenchLongTasks?: number[] }).__agcBenchLongTasks ?? [],
      guide: document.querySelector('alipay-card-guide') !== null,
    }));
    return {
      url,
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      heapBytes,
      longTasksMs,
      guide,
      wallMs: Date.now() - started,
    };
  } finally {
    await page.close();
  }
}

/**
 * Churn: what the content script adds while a page adds and removes 10,000
 * nodes. Both arms wait until the page's churn is over, then the same quiet
 * time for the content script's trailing check.
 */
import type { Page } from 'puppeteer';
import { compareLoads, type AbResult, type Arms } from './ab-compare';
import { startChurnSite } from './churn-page';
import { traceLoad, type TraceSummary } from './extension-trace';
import { sleep } from './page-load';

export interface ChurnResult extends AbResult {
  traces: TraceSummary[];
  tracesWithout: TraceSummary[];
}

const settle = async (page: Page) => {
  await page.waitForFunction(
    () => (window as unknown as { __churnDone?: number }).__churnDone !== undefined,
    {
      timeout: 30_000,
      polling: 50,
    },
  );
  await sleep(400);
};

export async function measureChurn(
  arms: Arms,
  runs: number,
  traceRuns: number,
): Promise<ChurnResult> {
  const site = await startChurnSite();
  try {
    const ab = await compareLoads(arms, 'Churn (10,000 nodes)', site.url, runs, { settle });
    const traces: TraceSummary[] = [];
    const tracesWithout: TraceSummary[] = [];
    for (let i = 0; i < traceRuns; i++) {
      traces.push(await traceLoad(arms.withExtension, site.url, { settle }));
      tracesWithout.push(await traceLoad(arms.without, site.url, { settle }));
    }
    return { ...ab, traces, tracesWithout };
  } finally {
    await site.close();
  }
}

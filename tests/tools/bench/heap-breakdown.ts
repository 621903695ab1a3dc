/**
 * Where the added JS heap goes (issue #10): one page, loaded in browsers
 * that differ only in their extension (none, a floor extension, ours), a
 * forced GC, then a heap snapshot summed by kind (heap-kinds.ts). The arms
 * take turns, a few loads each, and each kind's median is kept.
 */
import type { Browser, Page } from 'puppeteer';
import { heapByKind, type HeapKind, type HeapSnapshotJson } from './heap-kinds';
import { sleep } from './page-load';
import { median } from './stats';

export type HeapSums = Record<HeapKind | 'all', number>;

export interface HeapBreakdown {
  label: string;
  loads: number;
  /** Median bytes per kind, per arm, in the order the arms were given. */
  arms: { name: string; sums: HeapSums }[];
}

async function snapshotOf(page: Page): Promise<HeapSnapshotJson> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return JSON.parse(chunks.join('')) as HeapSnapshotJson;
}

async function sumsAfterLoad(browser: Browser, url: string, settleMs: number): Promise<HeapSums> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(settleMs);
    return heapByKind(await snapshotOf(page));
  } finally {
    await page.close();
  }
}

export async function measureHeapBreakdown(
  arms: { name: string; browser: Browser }[],
  label: string,
  url: string,
  settleMs: number,
  loads: number,
): Promise<HeapBreakdown> {
  const samples = arms.map(() => [] as HeapSums[]);
  for (let load = 0; load < loads; load++) {
    // Each round in another order, so no arm always goes first.
    for (let k = 0; k < arms.length; k++) {
      const i = (k + load) % arms.length;
      samples[i]!.push(await sumsAfterLoad(arms[i]!.browser, url, settleMs));
    }
  }
  return {
    label,
    loads,
    arms: arms.map(({ name }, i) => {
      const of = (key: keyof HeapSums) => median(samples[i]!.map((s) => s[key]));
      const sums = Object.fromEntries(
        Object.keys(samples[i]![0]!).map((key) => [key, of(key as keyof HeapSums)]),
      ) as HeapSums;
      return { name, sums };
    }),
  };
}

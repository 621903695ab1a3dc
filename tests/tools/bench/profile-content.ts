/**
 * "Where does the extension's time go?" — builds an unminified copy of the
 * extension into a temporary folder (the real `.output/` is untouched), loads
 * one page in Chromium under the V8 sampling profiler and prints the
 * extension's functions by self and total time. `--page popup` profiles a
 * reload of the popup (same process, so a warm open).
 *
 *   npx tsx tests/tools/bench/profile-content.ts            # the churn page
 *   npx tsx tests/tools/bench/profile-content.ts --page home|cards|connect|deals|ticker|light|popup
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Protocol } from 'puppeteer';
import { build } from 'wxt';
import { launchChromium } from '../../harness/browsers';
import { startMockSite } from '../../mock-site/server';
import { startChurnSite } from './churn-page';
import { sleep } from './page-load';
import { toolbarPopupUrl } from './popup-render';

const { values } = parseArgs({
  options: { page: { type: 'string', default: 'churn' }, top: { type: 'string', default: '25' } },
});

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

/** Self and inclusive time per function of scripts whose URL passes `keep`. */
export function functionTimes(
  profile: Protocol.Profiler.Profile,
  keep: (url: string) => boolean,
): FunctionTime[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const key = (n: Protocol.Profiler.ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const times = new Map<string, FunctionTime>();
  const entry = (k: string) =>
    times.get(k) ?? times.set(k, { name: k, selfMs: 0, totalMs: 0 }).get(k)!;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let node = byId.get(id); node; node = byId.get(parent.get(node.id) ?? -1)) {
      if (!keep(node.callFrame.url)) continue;
      const k = key(node);
      if (node.id === id) entry(k).selfMs += dt;
      if (!seen.has(k)) entry(k).totalMs += dt;
      seen.add(k);
    }
  });
  return [...times.values()];
}

const outDir = mkdtempSync(path.join(tmpdir(), 'agc-profile-'));
const site = await startMockSite({ port: 0 });
const churn = await startChurnSite();
try {
  await build({ outDir, browser: 'chrome', vite: () => ({ build: { minify: false } }) });
  const urls: Record<string, string> = {
    churn: churn.url,
    home: `${site.origin('aliexpress')}/`,
    cards: `${site.origin('aliexpress')}/account/cards`,
    connect: `${site.origin('alipay')}/connect`,
    // The busy store page (issue #10), profiled over the 6 s of life the bench gives it.
    deals: `${site.origin('aliexpress')}/deals`,
    // A ticker a script moves every animation frame, on a short feed (the bench's row).
    ticker: `${site.origin('aliexpress')}/deals?still&feed=10&animate`,
    // The busy page built with light-DOM components (custom elements with no shadow root).
    light: `${site.origin('aliexpress')}/deals?light`,
  };
  const popup = values.page === 'popup';
  if (!popup && !urls[values.page])
    throw new Error(`--page: one of ${Object.keys(urls).join(', ')}, popup`);
  const browser = await launchChromium({ extensionPath: path.join(outDir, 'chrome-mv3') });
  try {
    const page = await browser.newPage();
    let url = urls[values.page] ?? '';
    if (popup) {
      // Where the toolbar button opens it: with the snapshot in the address, once set.
      url = await toolbarPopupUrl(browser);
      await page.goto(url);
      await page.waitForSelector('main[data-ready="true"]');
    }
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    if (popup) await page.reload();
    else await page.goto(url, { waitUntil: 'load' });
    if (popup)
      await page.waitForFunction(
        () => performance.getEntriesByName('agc:checklist-rendered').length > 0,
      );
    if (values.page === 'churn') {
      await page.waitForFunction(
        () => (window as unknown as { __churnDone?: number }).__churnDone !== undefined,
        { timeout: 60_000 },
      );
    }
    await sleep(['deals', 'ticker', 'light'].includes(values.page) ? 6000 : 1000);
    const { profile } = await cdp.send('Profiler.stop');
    const ours = functionTimes(profile, (u) => u.startsWith('chrome-extension://'));
    const top = Number(values.top);
    const total = ours.reduce((s, f) => s + f.selfMs, 0);
    console.log(
      `${url}: extension script ${total.toFixed(1)} ms (sampled every 0.2 ms)\n\nby total time:`,
    );
    for (const f of [...ours].sort((a, b) => b.totalMs - a.totalMs).slice(0, top))
      console.log(`  ${f.totalMs.toFixed(1).padStart(8)} ms  ${f.name}`);
    console.log('\nby self time:');
    for (const f of [...ours].sort((a, b) => b.selfMs - a.selfMs).slice(0, top))
      console.log(`  ${f.selfMs.toFixed(1).padStart(8)} ms  ${f.name}`);
  } finally {
    await browser.close();
  }
} finally {
  await churn.close();
  await site.close();
  rmSync(outDir, { recursive: true, force: true });
}

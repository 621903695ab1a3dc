/**
 * `npm run bench` (issues #5, #10): page overhead, its floor (extensions whose
 * content script does nothing, reads one element, or asks its background
 * once), what the added heap is made of (heap snapshots), the guide's share of the
 * overhead (guide on vs turned off), a busy store page,
 * detection latency, popup first render, IndexedDB cost, DOM churn and bundle
 * sizes, in one run. Prints a table against the targets in budgets.ts and writes every
 * sample as JSON.
 *
 *   npm run bench                       # build, then everything (8–9 min on 2 busy cores)
 *   npm run bench -- --runs 4 --only size,popup --out /tmp/b.json
 *   npx tsx tests/tools/bench/main.ts --only popup --build /tmp/kept   # a copy of an older .output/
 *
 * `--runs N` (default 6): loads per arm per page for page overhead (churn: half
 * as many); detection takes 3N samples, the popup 10N per state, storage 20N; N/4 extra
 * traced loads per page name the extension's long tasks and phases. The busy
 * store page (load + 6 s each) takes 2·⌈N/3⌉ loads per arm and at least 2
 * traced loads per arm, and as many loads per arm again with light-DOM
 * components, on a page a script animates every frame, and with the journey done.
 * The machine is shared and noisy: figures are medians, ratios of medians and
 * percentiles, never means.
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer';
import { launchChromium } from '../../harness/browsers';
import type { ExtensionBrowser } from '../../harness/extension';
import { startMockSite, type RunningMockSite } from '../../mock-site/server';
import { launchSnapshot, snapshotBuild, type BuildSnapshot } from './build-snapshot';
import { measureBundles } from '../../harness/bundle/bundle-size';
import {
  BUSY_DONE_LABEL,
  BUSY_LABEL,
  BUSY_VARIANTS,
  launchWithJourneyDone,
  measureBusyPage,
  measureBusyPageDone,
  measureBusyVariant,
} from './busy-page';
import { measureChurn } from './churn';
import { measureDetection } from './detection-latency';
import { measurePageOverhead, pageCases } from './page-overhead';
import { measurePopupRender } from './popup-render';
import { markdownTable, writeJson, type Row } from './report';
import { detectionRows, popupRows, storageRows } from './rows-latency';
import {
  busyRows,
  busyVariantRows,
  churnRows,
  floorRows,
  guideShareRows,
  heapKindRows,
  overheadRows,
  sizeRows,
} from './rows-pages';
import { compareLoads, type AbResult } from './ab-compare';
import { ASKING_FLOOR, FLOOR_SCRIPTS, writeFloorExtension } from './floor-extension';
import { measureHeapBreakdown } from './heap-breakdown';
import { fixedSettle } from './page-load';
import { launchWithGuideOff, measureGuideShare } from './guide-share';
import { measureStorage } from './storage';

const PHASES = [
  'size',
  'overhead',
  'floor',
  'heap',
  'guide',
  'busy',
  'churn',
  'detection',
  'popup',
  'storage',
] as const;
type Phase = (typeof PHASES)[number];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '6' },
    out: { type: 'string', default: 'test-results/bench.json' },
    only: { type: 'string', default: PHASES.join(',') },
    /** Measure another build than `.output/` (a copy kept from before a change, say). */
    build: { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${values.runs}`);
const only = new Set(values.only.split(',').map((s) => s.trim()));
for (const p of only)
  if (!PHASES.includes(p as Phase))
    throw new Error(`--only: unknown phase "${p}" (known: ${PHASES.join(', ')})`);
const want = (p: Phase) => only.has(p);
/**
 * Traced loads per page: they name long tasks and, on journey pages, give the
 * extension's whole script per load (compile included), a target: half the runs.
 */
const traceRuns = Math.max(2, Math.round(runs / 2));
/** A churn load takes seconds: half as many as the other pages. */
const churnRuns = Math.max(2, Math.ceil(runs / 2));
/** A busy-page load lives 6 s: fewer loads, always an even number (A B / B A pairs). */
const busyRuns = 2 * Math.ceil(runs / 3);
/** Its long tasks are the point: at least two traced loads per arm. */
const busyTraceRuns = Math.max(2, traceRuns);
/**
 * Popup opens per state (and as many of the control page): 10N. A p95 of 12 or
 * 18 samples is the slowest one or two, whatever happened to the machine then;
 * an open takes under a second, so the issue #11 target gets a p95 worth the name.
 */
const popupSamples = 10 * runs;

const started = Date.now();
const log = (line: string) =>
  console.log(
    `${line.startsWith('  ') ? '' : `[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] `}${line}`,
  );
const git = (args: string) => {
  try {
    return execSync(`git ${args}`, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
};

const rows: Row[] = [];
const results: Record<string, unknown> = {};
const meta = {
  startedAt: new Date(started).toISOString(),
  gitHead: git('rev-parse --short HEAD'),
  /** The working tree is what was built and measured; say when it differs from HEAD. */
  gitDirty: (git('status --porcelain') ?? '') !== '',
  /** Which build was measured: gitHead describes `.output/` only when this says so. */
  build: values.build ?? '.output',
  cpus: cpus().length,
  loadAverageAtStart: loadavg(),
  node: process.version,
  runs,
  samples: {
    overheadPerArm: runs,
    churnPerArm: churnRuns,
    busyPerArm: busyRuns,
    busyTracedPerArm: busyTraceRuns,
    tracedPerPage: traceRuns,
    detection: 3 * runs,
    popupEach: popupSamples,
    storage: 20 * runs,
  },
  chromium: '',
};

/** Someone may be rebuilding `.output/` right now (a build empties it first): wait for it a little. */
const takeSnapshot = async (attempts = 6): Promise<BuildSnapshot> => {
  try {
    return snapshotBuild(values.build ? path.resolve(values.build) : undefined);
  } catch (error) {
    if (attempts <= 1) throw error;
    await new Promise((r) => setTimeout(r, 3000));
    return takeSnapshot(attempts - 1);
  }
};
const snapshot = await takeSnapshot();
let site: RunningMockSite | undefined;
let ext: ExtensionBrowser | undefined;
let plain: Browser | undefined;
try {
  site = await startMockSite({ port: 0 });
  if (want('size')) {
    log('Size…');
    const sizes = measureBundles(snapshot.outputDir);
    results.size = sizes;
    rows.push(...sizeRows(sizes));
  }

  if (PHASES.some((p) => p !== 'size' && want(p))) {
    ext = await launchSnapshot(snapshot);
    meta.chromium = await ext.browser.version();
  }

  if (
    ext &&
    (want('overhead') ||
      want('floor') ||
      want('heap') ||
      want('guide') ||
      want('busy') ||
      want('churn'))
  ) {
    plain = await launchChromium();
    const arms = { withExtension: ext.browser, without: plain };
    if (want('overhead')) {
      log(
        `Page overhead (${runs} loads per arm per page, alternating; ${traceRuns} traced loads per page)…`,
      );
      const overhead = await measurePageOverhead(arms, pageCases(site), runs, traceRuns, log);
      results.pageOverhead = overhead;
      rows.push(...overheadRows(overhead));
    }
    if (want('floor')) {
      const home = pageCases(site)[0]!;
      const floors: AbResult[] = [];
      for (const [what, script] of Object.entries(FLOOR_SCRIPTS)) {
        log(`Floor: an extension with ${what} (${runs} loads per arm)…`);
        const floorExt = writeFloorExtension(script);
        const floorBrowser = await launchChromium({ extensionPath: floorExt.dir });
        try {
          const floor = await compareLoads(
            { withExtension: floorBrowser, without: plain },
            `${what}, ${home.label}`,
            home.url,
            runs,
            { settle: fixedSettle(home.settleMs) },
          );
          floors.push(floor);
          rows.push(...floorRows(floor));
        } finally {
          await floorBrowser.close();
          floorExt.dispose();
        }
      }
      results.floor = floors;
    }
    if (want('heap')) {
      const home = pageCases(site)[0]!;
      const loads = Math.max(2, Math.ceil(runs / 4));
      log(`Heap by kind: snapshots of ${home.label}, ${loads} per arm…`);
      const floorExt = writeFloorExtension(FLOOR_SCRIPTS[ASKING_FLOOR]);
      const floorBrowser = await launchChromium({ extensionPath: floorExt.dir });
      try {
        const heap = await measureHeapBreakdown(
          [
            { name: 'without', browser: plain },
            { name: 'floor', browser: floorBrowser },
            { name: 'ours', browser: ext.browser },
          ],
          home.label,
          home.url,
          home.settleMs,
          loads,
        );
        results.heapKinds = heap;
        rows.push(...heapKindRows(heap));
      } finally {
        await floorBrowser.close();
        floorExt.dispose();
      }
    }
    if (want('guide')) {
      log(`The guide's share: guide on vs turned off (${runs} loads per arm per page)…`);
      const guideOff = await launchWithGuideOff(snapshot);
      try {
        const share = await measureGuideShare(
          { guideOn: ext.browser, guideOff: guideOff.browser },
          pageCases(site),
          runs,
          log,
        );
        results.guideShare = share;
        for (const r of share) rows.push(...guideShareRows(r));
      } finally {
        await guideOff.close();
      }
    }
    if (want('busy')) {
      log(
        `${BUSY_LABEL} (${busyRuns} loads per arm, alternating; ${busyTraceRuns} traced per arm)…`,
      );
      const busy = await measureBusyPage(arms, site, busyRuns, busyTraceRuns, log);
      results.busy = busy;
      rows.push(...busyRows(busy));
      for (const variant of BUSY_VARIANTS) {
        log(`${variant.label} (${busyRuns} loads per arm, alternating)…`);
        const loads = await measureBusyVariant(arms, site, busyRuns, log, variant);
        results[variant.key] = loads;
        rows.push(...busyVariantRows(loads));
      }
      log(`${BUSY_DONE_LABEL} (${busyRuns} loads per arm, alternating)…`);
      const done = await launchWithJourneyDone(snapshot);
      try {
        const busyDone = await measureBusyPageDone(
          { withExtension: done.browser, without: plain },
          site,
          busyRuns,
          log,
        );
        results.busyDone = busyDone;
        rows.push(...busyVariantRows(busyDone));
      } finally {
        await done.close();
      }
    }
    if (want('churn')) {
      log(`Churn (${churnRuns} loads per arm, ${traceRuns} traced)…`);
      const churn = await measureChurn(arms, churnRuns, traceRuns);
      results.churn = churn;
      rows.push(...churnRows(churn));
    }
    // Only one browser from here on: the latency phases should not share the CPU with an idle twin.
    await plain.close();
    plain = undefined;
  }

  if (ext && want('storage')) {
    log(`Storage (${20 * runs} reads and writes)…`);
    const storage = await measureStorage(ext, 20 * runs);
    results.storage = storage;
    rows.push(...storageRows(storage));
  }
  if (ext && want('detection')) {
    log(`Detection latency (${3 * runs} samples)…`);
    const detection = await measureDetection(ext, site, 3 * runs);
    results.detection = detection;
    rows.push(...detectionRows(detection.samples, detection.failures));
  }

  if (ext && want('popup')) {
    log(
      `Popup first render (${popupSamples} samples warm, ${popupSamples} stopped, and the control)…`,
    );
    const popup = await measurePopupRender(
      ext,
      `${site.origin('aliexpress')}/`,
      popupSamples,
      traceRuns,
    );
    results.popup = popup;
    rows.push(...popupRows(popup));
  }
} finally {
  await plain?.close();
  await ext?.close();
  await site?.close();
  snapshot.dispose();
}

const finished = Date.now();
const report = {
  meta: {
    ...meta,
    finishedAt: new Date(finished).toISOString(),
    seconds: (finished - started) / 1000,
    loadAverageAtEnd: loadavg(),
  },
  rows,
  results,
};
const jsonPath = writeJson(values.out, report);
console.log(`\n${markdownTable(rows)}\n`);
const missed = rows.filter((r) => r.status === 'MISS').length;
console.log(
  `${rows.filter((r) => r.status === 'PASS').length} targets met, ${missed} missed · --runs ${runs} · ${meta.chromium} · ${meta.cpus} CPUs, load ${meta.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} · ${report.meta.seconds.toFixed(0)} s`,
);
console.log(`JSON: ${jsonPath}`);

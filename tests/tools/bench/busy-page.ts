/**
 * A busy store page (issue #10): the mock site's /deals — 1,500 product cards
 * as web components with open shadow roots, 40 more every 300 ms, 40
 * countdowns ticking every 100 ms, a toast in a shadow root every 2 s — loaded
 * and left to live for 6 s, with the extension and without it, alternating
 * A B / B A. Nothing on it belongs to the card journey, so whatever the
 * extension adds here is the price of watching a page that never stops.
 * A few traced loads per arm name the long tasks the extension's script ran in.
 *
 * The same page once the journey is done is measured too: the state a
 * shopper's extension is in from the day their card is linked, on every deals
 * page from then on, where it should only watch (issue #10's "dormant").
 * And the same page built as many stores build theirs, with components that
 * render into their light DOM (a badge beside each card, a rating inside it):
 * custom elements with no shadow root, each of which the reader must wait
 * for, since one may attach a shadow root later with no mutation to tell.
 * And a quiet page where a script moves one element every animation frame
 * (a ticker, as JS carousels and scroll-linked headers do): a style record a
 * frame, which must cost the extension no turn of reading where no
 * candidate is (README: a style set every frame costs no turn).
 */
import type { ExtensionBrowser } from '../../harness/extension';
import { setProgress } from '../../harness/progress';
import type { RunningMockSite } from '../../mock-site/server';
import { compareLoads, type AbResult, type Arms } from './ab-compare';
import { launchSnapshotWith, type BuildSnapshot } from './build-snapshot';
import { traceLoad, type TraceSummary } from './extension-trace';
import { fixedSettle } from './page-load';

/** How long the page lives after `load` on every load, timed or traced, on both arms. */
export const BUSY_LIVE_MS = 6000;
export const BUSY_LABEL = 'Busy store page (/deals, 6 s)';
export const BUSY_DONE_LABEL = 'Busy store page once the journey is done (/deals, 6 s)';

/** A variant of the busy page, measured like it against no extension; `key` names it in the JSON. */
export interface BusyVariant {
  key: string;
  label: string;
  query: string;
}

export const BUSY_VARIANTS: readonly BusyVariant[] = [
  {
    key: 'busyLight',
    label: 'Busy store page with light-DOM components (/deals?light: 2 per card, 6 s)',
    query: '?light',
  },
  // A page that only animates: 10 cards, no timers but the ticker's animation frames.
  {
    key: 'animated',
    label: 'A ticker a script moves every frame (/deals?still&feed=10&animate, 6 s)',
    query: '?still&feed=10&animate',
  },
];

/** Loads of the busy page, with vs without, each living `liveMs` after `load`. */
export interface BusyLoads extends AbResult {
  liveMs: number;
}

export interface BusyPageResult extends BusyLoads {
  /** Traced loads with the extension, then as many without. */
  traces: TraceSummary[];
  tracesWithout: TraceSummary[];
}

/** The busy page; `query` picks a variant of it (`?light`). */
export function busyPageUrl(site: RunningMockSite, query = ''): string {
  return `${site.origin('aliexpress')}/deals${query}`;
}

const settle = fixedSettle(BUSY_LIVE_MS);

/** The busy page's loads, alternating arms, each living BUSY_LIVE_MS. */
async function compareBusyLoads(
  arms: Arms,
  label: string,
  site: RunningMockSite,
  runs: number,
  query = '',
): Promise<BusyLoads> {
  const ab = await compareLoads(arms, label, busyPageUrl(site, query), runs, { settle });
  return { ...ab, liveMs: BUSY_LIVE_MS };
}

/** One line for the log: what the extension added, per load. */
const summary = (ab: AbResult) =>
  `  ${ab.label}: ScriptDuration +${ab.addedScriptMs.toFixed(1)} ms, TaskDuration +${ab.addedTaskMs.toFixed(1)} ms, ` +
  `JS heap ${ab.addedHeapBytes >= 0 ? '+' : ''}${(ab.addedHeapBytes / 1000).toFixed(0)} KB, ${ab.runs} loads per arm`;

export async function measureBusyPage(
  arms: Arms,
  site: RunningMockSite,
  runs: number,
  traceRuns: number,
  log: (line: string) => void,
): Promise<BusyPageResult> {
  const url = busyPageUrl(site);
  const loads = await compareBusyLoads(arms, BUSY_LABEL, site, runs);
  const traces: TraceSummary[] = [];
  const tracesWithout: TraceSummary[] = [];
  for (let i = 0; i < traceRuns; i++) {
    // Alternate which arm goes first here too.
    if (i % 2 === 0) {
      traces.push(await traceLoad(arms.withExtension, url, { settle }));
      tracesWithout.push(await traceLoad(arms.without, url, { settle }));
    } else {
      tracesWithout.push(await traceLoad(arms.without, url, { settle }));
      traces.push(await traceLoad(arms.withExtension, url, { settle }));
    }
  }
  if (traces.some((t) => t.scriptMs === 0))
    log(
      '  warning: a traced load with the extension shows none of its script: does extension-trace.ts still recognise its URL?',
    );
  log(summary(loads));
  return { ...loads, traces, tracesWithout };
}

/** The extension from `snapshot` with every step done, as a shopper's is once their card is listed. */
export function launchWithJourneyDone(snapshot: BuildSnapshot): Promise<ExtensionBrowser> {
  return launchSnapshotWith(snapshot, (page) => setProgress(page, 'confirm-card'));
}

/**
 * The busy page with the journey done against no extension. The guide says
 * nothing there (only the card list says "All done"): a load where it showed
 * means the progress was not set, and the figures would be the other row's.
 */
export async function measureBusyPageDone(
  arms: Arms,
  site: RunningMockSite,
  runs: number,
  log: (line: string) => void,
): Promise<BusyLoads> {
  const loads = await compareBusyLoads(arms, BUSY_DONE_LABEL, site, runs);
  if (loads.guideShown > 0)
    throw new Error(
      `${BUSY_DONE_LABEL}: the guide showed on ${Math.round(loads.guideShown * 100)}% of loads: was the journey marked done?`,
    );
  log(summary(loads));
  return loads;
}

/** A variant of the busy page against no extension (the same extension as `measureBusyPage`). */
export async function measureBusyVariant(
  arms: Arms,
  site: RunningMockSite,
  runs: number,
  log: (line: string) => void,
  variant: BusyVariant,
): Promise<BusyLoads> {
  const loads = await compareBusyLoads(arms, variant.label, site, runs, variant.query);
  log(summary(loads));
  return loads;
}

/**
 * Page overhead: the same mock-site pages with and without the extension, plus
 * the mailbox, where the extension never runs (its ratio should be 1.00).
 * A few extra traced loads with the extension name its long tasks and phases.
 */
import type { RunningMockSite } from '../../mock-site/server';
import { compareLoads, type AbResult, type Arms } from './ab-compare';
import { traceLoad, type TraceSummary } from './extension-trace';
import { fixedSettle } from './page-load';

export interface PageCase {
  label: string;
  url: string;
  /** Time after `load` for late content and the content script's checks; both arms wait the same. */
  settleMs: number;
  /** The control: a page the extension does not run on. */
  control?: boolean;
}

export interface PageOverheadResult extends AbResult {
  control: boolean;
  /** Traced loads with the extension, then as many without (for the main-thread comparison). */
  traces: TraceSummary[];
  tracesWithout: TraceSummary[];
}

export function pageCases(site: RunningMockSite): PageCase[] {
  const ae = site.origin('aliexpress');
  return [
    { label: 'AliExpress home', url: `${ae}/`, settleMs: 500 },
    { label: 'My AliExpress', url: `${ae}/account`, settleMs: 500 },
    // The card list is drawn 400 ms after load (the mock's cardsDelayMs).
    { label: 'Cards and bank accounts', url: `${ae}/account/cards`, settleMs: 900 },
    { label: 'AliPay connect', url: `${site.origin('alipay')}/connect`, settleMs: 500 },
    { label: 'Mailbox (control)', url: `${site.origin('mail')}/`, settleMs: 500, control: true },
  ];
}

export async function measurePageOverhead(
  arms: Arms,
  cases: PageCase[],
  runs: number,
  traceRuns: number,
  log: (line: string) => void,
): Promise<PageOverheadResult[]> {
  const results: PageOverheadResult[] = [];
  for (const c of cases) {
    const settle = fixedSettle(c.settleMs);
    const ab = await compareLoads(arms, c.label, c.url, runs, { settle });
    const traces: TraceSummary[] = [];
    const tracesWithout: TraceSummary[] = [];
    for (let i = 0; i < traceRuns; i++) {
      traces.push(await traceLoad(arms.withExtension, c.url, { settle }));
      tracesWithout.push(await traceLoad(arms.without, c.url, { settle }));
    }
    results.push({ ...ab, control: !!c.control, traces, tracesWithout });
    log(
      `  ${c.label}: ScriptDuration +${ab.addedScriptMs.toFixed(1)} ms (×${ab.scriptRatio.toFixed(2)}), ` +
        `TaskDuration +${ab.addedTaskMs.toFixed(1)} ms (×${ab.taskRatio.toFixed(2)}), ${runs} loads per arm`,
    );
  }
  return results;
}

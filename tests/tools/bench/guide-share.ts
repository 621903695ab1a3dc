/**
 * The guide's share of a journey page's overhead (issue #10): the same pages
 * in two browsers with the extension, one as installed and one with its
 * on-page guide turned off in its settings, alternating loads. Reading the
 * page, detection and the reports run on both arms; only the guide's element,
 * its callout and the frames that draw them differ. The page-overhead rows
 * minus these say what reading the page costs alone.
 */
import type { Browser } from 'puppeteer';
import type { ExtensionBrowser } from '../../harness/extension';
import { sendFromExtensionPage } from '../../harness/progress';
import { protocol } from '../../../utils/messaging/protocol';
import { compareLoads, type AbResult } from './ab-compare';
import { launchSnapshotWith, type BuildSnapshot } from './build-snapshot';
import { fixedSettle } from './page-load';
import type { PageCase } from './page-overhead';

/** The extension from `snapshot`, its guide turned off as a shopper would on the options page. */
export function launchWithGuideOff(snapshot: BuildSnapshot): Promise<ExtensionBrowser> {
  return launchSnapshotWith(snapshot, async (page) => {
    const reply = await sendFromExtensionPage(
      page,
      'updateSettings',
      { guideEnabled: false },
      10_000,
    );
    // The reply as the protocol defines it: { ok, data: { settings } }.
    const off = protocol.updateSettings.response.safeParse((reply as { data?: unknown }).data);
    if (!off.success || off.data.settings.guideEnabled !== false)
      throw new Error(
        `Could not turn the guide off: the background answered ${JSON.stringify(reply)}`,
      );
  });
}

export async function measureGuideShare(
  arms: { guideOn: Browser; guideOff: Browser },
  cases: PageCase[],
  runs: number,
  log: (line: string) => void,
): Promise<AbResult[]> {
  const results: AbResult[] = [];
  for (const c of cases.filter((p) => !p.control)) {
    const ab = await compareLoads(
      { withExtension: arms.guideOn, without: arms.guideOff },
      c.label,
      c.url,
      runs,
      { settle: fixedSettle(c.settleMs) },
    );
    // A share is only one if the guide drew on every load of one arm and on none of the other.
    if (ab.guideShown !== 1 || ab.guideShownWithout !== 0)
      throw new Error(
        `${c.label}: the guide was on the page in ${ab.guideShown * runs} of ${runs} loads with it on ` +
          `and ${ab.guideShownWithout * runs} of ${runs} with it turned off`,
      );
    results.push(ab);
    log(
      `  ${c.label}: the guide adds ScriptDuration +${ab.addedScriptMs.toFixed(1)} ms, ` +
        `TaskDuration +${ab.addedTaskMs.toFixed(1)} ms, JS heap +${(ab.addedHeapBytes / 1000).toFixed(0)} KB`,
    );
  }
  return results;
}

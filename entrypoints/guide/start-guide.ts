/**
 * Wires the content script: ask the background for the rules, read the page
 * incrementally by them, detect, report to the background, and drive the
 * on-page guide. Everything stops with the content script's context.
 */
import guideCss from '@/components/guide/guide.css?inline';
import {
  compileRules,
  detectPage,
  labelsOfPage,
  labelsPresent,
  wordFilter,
  type Detection,
} from '@/utils/detect/matcher';
import { createPageReader, type PageReader } from '@/utils/detect/page-reader';
import { ACTIVE_BUDGET, DORMANT_BUDGET } from '@/utils/detect/work-budget';
import { currentStep } from '@/utils/flow/progress';
import {
  parseCatalogueReply,
  parseProgressReply,
  parseRulesReply,
  parseSettingsReply,
  type ProgressState,
} from '@/utils/guards/reply-guard';
import { chooseLanguage } from '@/utils/i18n/t';
import type { StepId } from '@/utils/flow/steps';
import type { LanguageSetting } from '@/utils/settings/settings';
import { listenForPushes } from '@/utils/messaging/listen-for-pushes';
import type { RequestOf } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';
import type { Site } from '@/utils/site/sites';
import { createGuideController } from './guide-controller';
import type { Progress } from '@/utils/flow/progress-schema';
import { rulesKey } from '@/utils/packs/apply-pack';
import type { RuleSet } from '@/utils/detect/rule-schema';
import type { GuideContext } from './guide-context';
import { createPageReporter } from './page-reporter';
import { HOST_TAG, mountShadowHost } from './shadow-host';

/** What the guide knows before the background's rules arrive: no page, no label. */
const NO_RULES: RuleSet = { version: 1, labels: {}, pages: [], evidence: [], errors: [] };

export function startGuide(ctx: GuideContext, site: Site): void {
  /** A failed send may mean the extension was reloaded under this page: then stop quietly. */
  const ignore = () => void ctx.alive();
  let compiled = compileRules(NO_RULES);
  /** The pack the rules in hand reflect (`rulesKey`); null until the first rules arrive. */
  let rulesFor: string | null = null;
  /** The language whose texts were last asked for. */
  let language = '';
  /**
   * Whether the guide may speak: its first texts came, or could not come. On a
   * change of language it goes on in the old one until the new texts arrive.
   */
  let ready = false;
  /**
   * The guide's texts come from the background, also on "automatic": a first
   * `browser.i18n` call would wait on the browser for the extension's whole
   * message bundle (utils/i18n/guide-messages.ts). They are asked for whenever
   * the guide has something to say in a language it has not asked for, so
   * never on a page where it says nothing; its first words wait for them
   * (guide-controller.ts). If they cannot come, or lack a key, `browser.i18n`
   * answers.
   */
  const speak = (wanted: LanguageSetting) => {
    if (wanted === language) return;
    language = wanted;
    sendMessage('getCatalogue', { lang: wanted }, parseCatalogueReply).then(
      ({ catalogue }) => {
        // A later choice wins over a slow reply.
        if (language !== wanted) return;
        ready = true;
        chooseLanguage(wanted, catalogue);
      },
      () => {
        ignore();
        // `browser.i18n` speaks instead (not asked again: a failing ask would repeat with each redraw).
        ready = true;
        guide.update({});
      },
    );
  };

  const reportDifferent = (detection: Detection, step: StepId | null, expected: string | null) => {
    if (!reader) return;
    const found = labelsPresent(compiled, reader.facts());
    const wanted = [...labelsOfPage(compiled, detection.pageId), ...(expected ? [expected] : [])];
    sendMessage('reportDiagnostic', {
      site,
      pageId: detection.pageId,
      step,
      expected,
      found,
      missing: [...new Set(wanted)].filter((id) => !found.includes(id)),
    }).catch(ignore);
  };
  const guide = createGuideController(
    ctx.signal,
    () => mountShadowHost(ctx.signal, guideCss),
    () => compiled,
    {
      turnOff: () => {
        sendMessage('turnGuideOff', {}, parseSettingsReply)
          .then(({ settings }) => guide.update({ settings }))
          .catch(ignore);
      },
      reportDifferent,
      controlsNamed: (wordings) => reader?.elements('control', wordings) ?? [],
      textsReady: (lang) => {
        speak(lang);
        return ready;
      },
    },
  );

  let progress: Progress | null = null;
  let shownPage: string | null = null;
  /**
   * The page is read only once the background's rules are in hand. They are
   * asked for as reports are delivered (page-reporter.ts): asked again after a
   * lost reply, and whenever a state names another pack than the rules reflect.
   */
  const rulesAsk = createPageReporter(
    ctx.signal,
    () => sendMessage('getRules', {}, parseRulesReply),
    ({ rules, packKey }) => {
      if (packKey === rulesFor) return;
      rulesFor = packKey;
      compiled = compileRules(rules);
      reporter.forget();
      // Other words matter now: read the page again with these rules' filter.
      reader = startReader();
      pace();
    },
    ctx.alive,
  );
  /** Takes a reply or push; a different active pack means different labels. */
  const receive = (state: ProgressState) => {
    const packKey = rulesKey(state.pack);
    if (packKey !== rulesFor) rulesAsk.report(packKey, {});
    guide.update(state);
    progress = state.progress;
    pace();
  };
  const check = () => {
    if (!reader) return;
    const detection = detectPage(compiled, site, reader.facts());
    shownPage = detection.pageId;
    pace();
    guide.update({ detection });
    // A detection is exactly what the background is told: the page, its evidence and errors.
    reporter.report(JSON.stringify(detection), detection);
  };
  const reporter = createPageReporter(
    ctx.signal,
    (report: RequestOf<'pageSeen'>) => sendMessage('pageSeen', report, parseProgressReply),
    receive,
    ctx.alive,
  );
  const refresh = () => {
    sendMessage('getProgress', {}, parseProgressReply).then(receive).catch(ignore);
  };

  /**
   * A cheap watch where little can happen: pages that are no part of the
   * journey, and every page once the journey is done, except the card list,
   * where a deleted card could undo it.
   */
  const pace = () => {
    const done = !!progress && currentStep(progress) === null;
    const journeyPage = !!shownPage && !shownPage.endsWith('-other');
    const quiet = done ? shownPage !== 'ae-cards' : !journeyPage;
    reader?.setBudget(quiet ? DORMANT_BUDGET : ACTIVE_BUDGET);
  };

  let reading: AbortController | null = null;
  function startReader(): PageReader {
    reading?.abort();
    reading = new AbortController();
    return createPageReader(document, AbortSignal.any([ctx.signal, reading.signal]), {
      filter: wordFilter(compiled),
      // The first read ends with a call too, so every page gets its first check from here.
      onChange: check,
      onMutation: (records) => {
        if (ctx.alive()) guide.pageMoved(records);
      },
      ownHost: HOST_TAG,
    });
  }
  let reader: PageReader | null = null;
  // Before any state names the active pack: a key that no pack has.
  rulesAsk.report('(first)', {});

  // Another tab or the popup changed progress or settings: show the same here.
  listenForPushes(ctx.signal, receive);
  // Client-side navigation changes what the page shows, which the reader sees; no URL polling.
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState !== 'visible' || !ctx.alive()) return;
      reporter.retryNow();
      rulesAsk.retryNow();
      refresh();
    },
    { signal: ctx.signal },
  );
}

/**
 * Wires the content script: watch the page, detect, report to the background,
 * and drive the on-page guide. Everything stops with the content script's context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import guideCss from '@/components/guide/guide.css?inline';
import { collectPageFacts } from '../detect/collect-page-facts';
import { DEFAULT_RULES } from '../detect/default-rules';
import {
  compileRules,
  detectPage,
  labelsOfPage,
  labelsPresent,
  textFilter,
  type Detection,
} from '../detect/matcher';
import { parseCatalogReply, parseProgressReply, parseSettingsReply } from '../flow/progress-guard';
import { setCatalog } from '../i18n/t';
import type { StepId } from '../flow/steps';
import { listenForPushes } from '../messaging/listen-for-pushes';
import { sendMessage } from '../messaging/send-message';
import type { Site } from '../site/sites';
import { createGuideController } from './guide-controller';
import type { Progress } from '../flow/progress-schema';
import type { GuideSettings } from '../settings/settings';
import type { Pack } from '../packs/pack-schema';
import { applyPackToRules } from '../packs/apply-pack';
import { mountShadowHost } from './shadow-host';
import { watchPage } from './watch-page';

/** A failed send means the extension was reloaded under this page: stay quiet, the context stops us. */
const ignore = () => undefined;

export function startGuide(ctx: ContentScriptContext, site: Site): void {
  let compiled = compileRules(DEFAULT_RULES);
  let keepText = textFilter(compiled);
  let packKey = '';
  let language = 'auto';
  const ui = mountShadowHost(ctx.signal, guideCss);

  const reportDifferent = (detection: Detection, step: StepId | null, expected: string | null) => {
    const found = labelsPresent(compiled, collectPageFacts(document, keepText));
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
  const guide = createGuideController(ctx.signal, ui, () => compiled, {
    turnOff: () => {
      sendMessage('turnGuideOff', {}, parseSettingsReply)
        .then(({ settings }) => guide.update({ settings }))
        .catch(ignore);
    },
    reportDifferent,
  });

  let lastReported = '';
  /** Takes a reply or push; a different active pack means different labels: detect again. */
  const receive = (state: { progress: Progress; settings: GuideSettings; pack: Pack | null }) => {
    const key = state.pack ? `${state.pack.id}@${state.pack.version}` : '';
    if (key !== packKey) {
      packKey = key;
      compiled = compileRules(applyPackToRules(DEFAULT_RULES, state.pack));
      keepText = textFilter(compiled);
      lastReported = '';
      schedule();
    }
    if (state.settings.language !== language) {
      language = state.settings.language;
      if (state.settings.language === 'auto') setCatalog(null);
      else {
        sendMessage('getCatalog', { lang: state.settings.language }, parseCatalogReply)
          .then(({ catalog }) => {
            setCatalog(catalog);
            guide.update({});
          })
          .catch(ignore);
      }
    }
    guide.update(state);
  };
  const check = () => {
    const detection = detectPage(compiled, site, collectPageFacts(document, keepText));
    guide.update({ detection });
    const key = JSON.stringify(detection);
    if (key === lastReported) return;
    lastReported = key;
    const { pageId, evidence, errors } = detection;
    sendMessage('pageSeen', { site, pageId, evidence, errors }, parseProgressReply)
      .then(receive)
      .catch(ignore);
  };
  const refresh = () => {
    sendMessage('getProgress', {}, parseProgressReply).then(receive).catch(ignore);
  };

  // Another tab or the popup changed progress or settings: show the same here.
  listenForPushes(ctx.signal, receive);
  const schedule = watchPage(ctx.signal, () => check());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  check();
}

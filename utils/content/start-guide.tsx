/**
 * Wires the content script: watch the page, detect, report to the background,
 * and drive the on-page guide. Everything stops with the content script's context.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import guideCss from '@/components/guide/guide.css?inline';
import { collectPageFacts } from '../detect/collect-page-facts';
import { DEFAULT_RULES } from '../detect/default-rules';
import { compileRules, detectPage, labelsOfPage, labelsPresent, textFilter, type Detection } from '../detect/matcher';
import { parseProgressReply, parseSettingsReply } from '../flow/progress-guard';
import type { StepId } from '../flow/steps';
import { listenForPushes } from '../messaging/listen-for-pushes';
import { sendMessage } from '../messaging/send-message';
import type { Site } from '../site/sites';
import { createGuideController } from './guide-controller';
import { mountShadowHost } from './shadow-host';
import { watchPage } from './watch-page';

/** A failed send means the extension was reloaded under this page: stay quiet, the context stops us. */
const ignore = () => undefined;

export function startGuide(ctx: ContentScriptContext, site: Site): void {
  const compiled = compileRules(DEFAULT_RULES);
  const keepText = textFilter(compiled);
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
  const check = () => {
    const detection = detectPage(compiled, site, collectPageFacts(document, keepText));
    guide.update({ detection });
    const key = JSON.stringify(detection);
    if (key === lastReported) return;
    lastReported = key;
    const { pageId, evidence, errors } = detection;
    sendMessage('pageSeen', { site, pageId, evidence, errors }, parseProgressReply)
      .then((reply) => guide.update(reply))
      .catch(ignore);
  };
  const refresh = () => {
    sendMessage('getProgress', {}, parseProgressReply)
      .then((reply) => guide.update(reply))
      .catch(ignore);
  };

  // Another tab or the popup changed progress or settings: show the same here.
  listenForPushes(ctx.signal, ({ progress, settings }) => guide.update({ progress, settings }));
  const schedule = watchPage(ctx.signal, check);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  check();
}

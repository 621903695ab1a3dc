/**
 * Wires the content script: watch the page, detect, report to the background,
 * and show the hint. Everything stops with the content script's context.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuideHint } from '@/components/hint/guide-hint';
import hintCss from '@/components/hint/guide-hint.css?inline';
import { collectPageFacts } from '../detect/collect-page-facts';
import { DEFAULT_RULES } from '../detect/default-rules';
import { compileRules, detectPage, textFilter, type Detection } from '../detect/matcher';
import { listenForPushes } from '../messaging/listen-for-pushes';
import { parseProgressReply } from '../flow/progress-guard';
import { sendMessage } from '../messaging/send-message';
import type { Site } from '../site/sites';
import { createGuideModel } from './guide-model';
import { watchPage } from './watch-page';

export async function startGuide(ctx: ContentScriptContext, site: Site): Promise<void> {
  const compiled = compileRules(DEFAULT_RULES);
  const keepText = textFilter(compiled);
  const model = createGuideModel();

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'alipay-card-guide',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: hintCss,
    onMount(container) {
      render(<GuideHint model={model} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (ctx.isInvalid) return;
  ui.mount();

  let lastReported = '';
  const report = async (detection: Detection) => {
    try {
      const { progress } = await sendMessage('pageSeen', {
        site: detection.site,
        pageId: detection.pageId,
        evidence: detection.evidence,
        errors: detection.errors,
      }, parseProgressReply);
      model.progress.value = progress;
    } catch {
      // The extension was updated or reloaded under this page: nothing to do here.
      // A page left open keeps working after reload, because ctx stops us first.
    }
  };
  const check = () => {
    const detection = detectPage(compiled, site, collectPageFacts(document, keepText));
    const key = JSON.stringify(detection);
    if (key === lastReported) return;
    lastReported = key;
    model.detection.value = detection;
    void report(detection);
  };
  const refresh = async () => {
    try {
      model.progress.value = (await sendMessage('getProgress', {}, parseProgressReply)).progress;
    } catch {
      // See report(): a stale hint is better than an error on the shopper's page.
    }
  };

  // Another tab or the popup changed progress: show the same step here.
  listenForPushes(ctx.signal, (push) => {
    model.progress.value = push.progress;
  });
  const schedule = watchPage(ctx.signal, check);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Progress may change in another tab or the popup (marked by hand) while this one waits.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh();
  });
  check();
}

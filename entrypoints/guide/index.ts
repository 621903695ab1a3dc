/**
 * The on-page guide's content script. An unlisted script registered in the
 * manifest by wxt.config.ts rather than a WXT content script: WXT's
 * ContentScriptContext announces each start to the page world with
 * `window.postMessage(…, "*")` under a guessable event name, which let any
 * page script stop the guide (issue #12), and it polls the URL every second
 * on every store page. Our context (guide-context.ts) has neither.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { siteOfHost } from '@/utils/site/sites';
import { createGuideContext } from './guide-context';
import { startGuide } from './start-guide';

export default defineUnlistedScript(() => {
  const site = siteOfHost(location.hostname);
  if (site) startGuide(createGuideContext(), site);
});

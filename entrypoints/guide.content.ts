import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuide } from '@/utils/content/start-guide';
import { CONTENT_MATCHES, siteOfHost } from '@/utils/site/sites';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // Styles go into the guide's shadow root only (see start-guide.tsx), never the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    const site = siteOfHost(location.hostname);
    if (site) startGuide(ctx, site);
  },
});

/**
 * The HTML shell every page shares: language, title, one `<main>`, the brand's
 * stylesheet. The header is each host's own (see site-headers.ts).
 */
import { html, raw } from 'hono/html';
import type { Html } from './controls';
import type { HostId } from './hosts';
import type { Lang } from './labels';
import { SITE_TEXT } from './site-text';
import { BASE_CSS, BRAND_CSS } from './styles';

const SITE_NAMES: Record<HostId, string> = {
  aliexpress: 'AliExpress',
  alipay: 'AliPay',
  mail: 'ExampleMail',
};

export interface PageParts {
  host: HostId | undefined;
  lang: Lang;
  title: string;
  header: Html;
  main: Html;
  /** A script that runs once the page is parsed (the `components` style). */
  after?: Html;
  /** A document shown inside another page's iframe: no footer, no page background. */
  inFrame?: boolean;
}

export function renderPage(parts: PageParts): Html {
  const siteName = parts.host ? SITE_NAMES[parts.host] : 'localhost';
  return html`<!doctype html>
    <html lang="${parts.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${parts.title} · ${siteName}</title>
        <link rel="icon" href="data:," />
        <style>
          ${raw(BASE_CSS)}${raw(parts.host ? BRAND_CSS[parts.host] : '')}
        </style>
      </head>
      <body class="site-${parts.host ?? 'none'}${parts.inFrame ? ' in-frame' : ''}">
        ${parts.header}
        <main id="main">${parts.main}</main>
        ${
          parts.inFrame
            ? ''
            : html`<footer class="site-footer">
                <p>${siteName} · ${SITE_TEXT[parts.lang].testSiteNotice}</p>
              </footer>`
        }
        ${parts.after ?? ''}
      </body>
    </html>`;
}

/**
 * Pages for requests no route answers: unknown paths (with the host's own
 * header), unknown hosts, bodies over the limit, and the unexpected.
 */
import { html } from 'hono/html';
import type { Html } from './controls';
import type { Lang } from './labels';
import { renderPage } from './layout';
import { sitePage } from './site-page';
import { SITE_TEXT, type SiteTextKey } from './site-text';
import type { View } from './view';

export function notFoundPage(view: View): Html {
  return sitePage(
    view,
    view.t('notFoundHeading'),
    html`<h1>${view.t('notFoundHeading')}</h1>
      <p>${view.t('notFoundBody')}</p>
      <p><a href="/">${view.t('goHome')}</a></p>`,
  );
}

/** A page outside any of the three sites (unknown host, or before a site is chosen). */
export function barePage(lang: Lang, heading: SiteTextKey, body?: SiteTextKey): Html {
  const text = SITE_TEXT[lang];
  return renderPage({
    host: undefined,
    lang,
    title: text[heading],
    header: html``,
    main: html`<h1>${text[heading]}</h1>
      ${body ? html`<p>${text[body]}</p>` : ''}`,
  });
}

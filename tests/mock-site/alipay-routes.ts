/**
 * alipay.localhost: the payment platform. Home sends the shopper to their next
 * step; Connect and the profile live here; email, security and cards have
 * their own route files (spec, AliPay 5-10).
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { alipayCardRoutes } from './alipay-card-routes';
import { alipayEmailRoutes } from './alipay-email-routes';
import { ALIPAY_PATHS, connectPage, earlierStepPage, nextAlipayPath } from './alipay-pages';
import { alipaySecurityRoutes } from './alipay-security-routes';
import { asLang } from './language';
import { sitePage } from './site-page';
import type { AppEnv } from './view';

/** A bank-card pictogram; the link around it carries the accessible name. */
const CARD_ICON = html`<svg
  aria-hidden="true"
  focusable="false"
  width="40"
  height="28"
  viewBox="0 0 40 28"
>
  <rect
    x="1"
    y="1"
    width="38"
    height="26"
    rx="4"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
  />
  <rect x="1" y="7" width="38" height="5" fill="currentColor" />
  <rect x="6" y="18" width="10" height="3" rx="1" fill="currentColor" />
</svg>`;

export function alipayRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(ALIPAY_PATHS.home, (c) => {
    const next = nextAlipayPath(c.get('view').session);
    // Keep an explicit language for clients that drop the cookie (curl, a fresh profile).
    const lang = asLang(c.req.query('lang'));
    return c.redirect(lang ? `${next}?lang=${lang}` : next, 302);
  });

  app.get(ALIPAY_PATHS.connect, (c) => c.html(connectPage(c.get('view'))));

  app.post(ALIPAY_PATHS.connect, (c) => {
    c.get('view').session.connected = true;
    return c.redirect(ALIPAY_PATHS.connect, 303);
  });

  app.get(ALIPAY_PATHS.profile, (c) => {
    const view = c.get('view');
    const gate = earlierStepPage(view, 'connected');
    if (gate) return c.html(gate);
    const manageCards = view.hidden('manageYourCards')
      ? ''
      : html`<a
          class="card-icon"
          href="${ALIPAY_PATHS.cards}"
          aria-label="${view.t('manageYourCards')}"
          >${CARD_ICON}</a
        >`;
    return c.html(
      sitePage(
        view,
        view.t('profileHeading'),
        html`<h1>${view.t('profileHeading')}</h1>
          <section class="panel">
            <h2>${view.t('accountDetails')}</h2>
            <dl>
              <dt>${view.t('nameField')}</dt>
              <dd>Juan Carlos</dd>
              <dt>${view.t('emailField')}</dt>
              <dd>j***@example.com</dd>
            </dl>
          </section>
          <section class="panel">
            <h2>${view.t('paymentMethods')}</h2>
            ${manageCards}
          </section>`,
      ),
    );
  });

  app.route('/', alipayEmailRoutes());
  app.route('/', alipaySecurityRoutes());
  app.route('/', alipayCardRoutes());
  return app;
}

/**
 * AliPay's email verification (spec, AliPay 6-7): type the code shown, get a
 * confirmation email, follow its link once and within ten minutes. A stale or
 * reused link gets "This link has expired" and a way to send a new email.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { ALIPAY_PATHS, earlierStepPage, verifyPage } from './alipay-pages';
import { actionButton, banner, type Html, linkTo } from './controls';
import { readForm } from './form-fields';
import { bindSession } from './session-cookie';
import type { MailMessage, Session, SessionStore } from './session-store';
import { sitePage } from './site-page';
import { type AppEnv, createView, type View } from './view';

/** "after 10 minutes" (spec, AliPay 7): a link exactly ten minutes old still works. */
export const EMAIL_LINK_TTL_MS = 10 * 60 * 1000;

export function isLinkUsable(store: SessionStore, session: Session, message: MailMessage): boolean {
  return !message.used && store.now(session) - message.sentAt <= EMAIL_LINK_TTL_MS;
}

function sentPage(view: View): Html {
  return sitePage(
    view,
    view.t('verifyEmailHeading'),
    html`<h1>${view.t('verifyEmailHeading')}</h1>
      ${banner(view.t('confirmationEmailSent'))}
      <section class="panel">
        <p class="note">${view.t('linkRules')}</p>
        <p>${linkTo(view, 'openMailbox', view.crossHostUrl('mail', '/'), 'primary')}</p>
      </section>`,
  );
}

function expiredPage(view: View): Html {
  return sitePage(
    view,
    view.t('linkExpired'),
    html`<h1>${view.t('verifyEmailHeading')}</h1>
      <div class="alert error" role="alert"><strong>${view.t('linkExpired')}</strong></div>
      <section class="panel">
        <p class="note">${view.t('linkRules')}</p>
        ${actionButton(view, 'sendNewEmail', ALIPAY_PATHS.resendEmail)}
      </section>`,
  );
}

export function alipayEmailRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(ALIPAY_PATHS.verifyEmail, (c) => {
    const view = c.get('view');
    const gate = earlierStepPage(view, 'connected');
    if (gate) return c.html(gate);
    if (view.session.emailVerified) return c.redirect(ALIPAY_PATHS.security, 302);
    return c.html(verifyPage(view, []));
  });

  app.post(ALIPAY_PATHS.verifyEmail, async (c) => {
    const view = c.get('view');
    const gate = earlierStepPage(view, 'connected');
    if (gate) return c.html(gate, 409);
    const code = (await readForm(c)).get('code').trim();
    if (code !== view.session.verificationCode) {
      return c.html(verifyPage(view, [view.t('codeNotCorrect')]), 422);
    }
    view.session.codeAccepted = true;
    view.store.addMail(view.session, view.lang);
    return c.redirect(ALIPAY_PATHS.emailSent, 303);
  });

  app.get(ALIPAY_PATHS.emailSent, (c) => {
    const view = c.get('view');
    const gate = earlierStepPage(view, 'connected');
    if (gate) return c.html(gate);
    if (!view.session.codeAccepted) return c.redirect(ALIPAY_PATHS.verifyEmail, 302);
    return c.html(sentPage(view));
  });

  app.post(ALIPAY_PATHS.resendEmail, (c) => {
    const view = c.get('view');
    if (!view.session.codeAccepted) return c.redirect(ALIPAY_PATHS.verifyEmail, 303);
    view.store.addMail(view.session, view.lang);
    return c.redirect(ALIPAY_PATHS.emailSent, 303);
  });

  app.get(ALIPAY_PATHS.confirmEmail, (c) => {
    let view = c.get('view');
    const found = view.store.findMail(c.req.query('token') ?? '');
    // The link names its session, so it works even in a browser that lost the AliPay cookie.
    if (found && found.session !== view.session) {
      bindSession(c, found.session);
      view = createView(view.host, view.lang, found.session, view.store, c.req.url);
    }
    if (found && isLinkUsable(view.store, found.session, found.message)) {
      found.message.used = true;
      found.session.emailVerified = true;
      return c.redirect(ALIPAY_PATHS.security, 303);
    }
    return c.html(expiredPage(view), 410);
  });

  return app;
}

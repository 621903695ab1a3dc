/**
 * AliPay's paths, and the two pages other AliPay routes fall back to when the
 * shopper arrives before doing an earlier step (spec, AliPay 5-6): without a
 * connected account every AliPay page is the Connect page, and without a
 * verified email the security pages are the Verify page.
 */
import { html } from 'hono/html';
import {
  banner,
  errorList,
  field,
  type Html,
  linkTo,
  actionButton,
  submitButton,
} from './controls';
import type { Session } from './session-store';
import { sitePage } from './site-page';
import type { View } from './view';

export const ALIPAY_PATHS = {
  home: '/',
  connect: '/connect',
  verifyEmail: '/verify-email',
  emailSent: '/verify-email/sent',
  confirmEmail: '/verify-email/confirm',
  resendEmail: '/verify-email/resend',
  security: '/security',
  profile: '/profile',
  cards: '/cards',
  /** The card panel as a document of its own, for the `framed` style's iframe. */
  cardsPanel: '/cards/panel',
} as const;

/** Where AliPay's home sends a shopper: the first step they have not done. */
export function nextAlipayPath(session: Session): string {
  if (!session.connected) return ALIPAY_PATHS.connect;
  if (!session.emailVerified) {
    return session.codeAccepted ? ALIPAY_PATHS.emailSent : ALIPAY_PATHS.verifyEmail;
  }
  return session.security ? ALIPAY_PATHS.profile : ALIPAY_PATHS.security;
}

export function connectPage(view: View): Html {
  const body = view.session.connected
    ? html`${banner(view.t('accountConnected'))}
        <p>${linkTo(view, 'continueToEmail', ALIPAY_PATHS.verifyEmail)}</p>`
    : html`<p>${view.t('connectIntro')}</p>
        ${actionButton(view, 'connect', ALIPAY_PATHS.connect)}`;
  return sitePage(
    view,
    view.t('connectHeading'),
    html`<h1>${view.t('connectHeading')}</h1>
      <section class="panel">${body}</section>`,
  );
}

export function verifyPage(view: View, errors: readonly string[]): Html {
  return sitePage(
    view,
    view.t('verifyEmailHeading'),
    html`<h1>${view.t('verifyEmailHeading')}</h1>
      ${errorList(errors)}
      <section class="panel">
        <p>${view.t('verifyIntro')}</p>
        <p>${view.t('yourCode')} <strong class="code">${view.session.verificationCode}</strong></p>
        <form method="post" action="${ALIPAY_PATHS.verifyEmail}">
          ${field({
            id: 'verification-code',
            name: 'code',
            label: view.t('verificationCode'),
            inputmode: 'numeric',
            autocomplete: 'one-time-code',
            invalid: errors.length > 0,
          })}
          ${submitButton(view, 'sendConfirmationEmail')}
        </form>
      </section>`,
  );
}

/** The page to show instead, if the shopper has not reached `needs` yet. */
export function earlierStepPage(
  view: View,
  needs: 'connected' | 'email-verified',
): Html | undefined {
  if (!view.session.connected) return connectPage(view);
  if (needs === 'email-verified' && !view.session.emailVerified) return verifyPage(view, []);
  return undefined;
}

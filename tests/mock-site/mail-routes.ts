/**
 * mail.localhost: the shopper's webmail (spec, Mailbox 7). It only ever holds
 * AliPay's confirmation emails for this session. Each email is written in the
 * language of the AliPay page that sent it, as a real one would be; the webmail
 * around it follows the page's language. The extension never runs here.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { ALIPAY_PATHS } from './alipay-pages';
import { linkTo } from './controls';
import type { MailMessage } from './session-store';
import { sitePage } from './site-page';
import { type AppEnv, createView, type View } from './view';

export const MAIL_PATHS = { inbox: '/', message: '/message/:id' } as const;

/** The same request seen in the language the email was written in. */
function inMailLang(view: View, message: MailMessage, requestUrl: string): View {
  return createView(view.host, message.lang, view.session, view.store, requestUrl);
}

function sentAt(view: View, message: MailMessage): string {
  return new Intl.DateTimeFormat(view.lang === 'es' ? 'es-ES' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(message.sentAt);
}

export function mailRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(MAIL_PATHS.inbox, (c) => {
    const view = c.get('view');
    const items = view.session.mailbox.map(
      (m) =>
        html`<li class="${m.used ? '' : 'unread'}">
          <a href="/message/${encodeURIComponent(m.id)}"
            >${inMailLang(view, m, c.req.url).t('confirmEmailSubject')}</a
          >
          <span class="note">${view.t('from')} AliPay · ${sentAt(view, m)}</span>
        </li>`,
    );
    return c.html(
      sitePage(
        view,
        view.t('inbox'),
        html`<h1>${view.t('inbox')}</h1>
          <section class="panel">
            ${
              items.length === 0
                ? html`<p>${view.t('inboxEmpty')}</p>`
                : html`<ul class="messages">
                    ${items}
                  </ul>`
            }
          </section>`,
      ),
    );
  });

  app.get(MAIL_PATHS.message, (c) => {
    const view = c.get('view');
    const message = view.session.mailbox.find((m) => m.id === c.req.param('id'));
    if (!message) return c.notFound();
    const mail = inMailLang(view, message, c.req.url);
    const link = new URL(ALIPAY_PATHS.confirmEmail, view.origin('alipay'));
    link.searchParams.set('token', message.token);
    link.searchParams.set('lang', message.lang);
    return c.html(
      sitePage(
        view,
        mail.t('confirmEmailSubject'),
        html`<h1>${mail.t('confirmEmailSubject')}</h1>
          <article class="panel" lang="${message.lang}">
            <p class="note">
              ${view.t('from')}: AliPay &lt;no-reply@alipay.localhost&gt; · ${sentAt(view, message)}
            </p>
            <p>${mail.t('mailGreeting')}</p>
            <p>${mail.t('mailBody')}</p>
            <p>${linkTo(mail, 'verifyMyEmail', link.href, 'primary')}</p>
          </article>
          <p><a href="/">${view.t('backToInbox')}</a></p>`,
      ),
    );
  });

  return app;
}

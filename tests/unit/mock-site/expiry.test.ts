import { describe, expect, it } from 'vitest';
import { LABELS, type Lang } from '../../mock-site/labels';
import { createMockSite } from '../../mock-site/server';
import { SITE_TEXT } from '../../mock-site/site-text';
import { headings, linkHref } from './support/html-query';
import { ORIGINS } from './support/http-journey';
import { HttpShopper, type Page } from './support/http-shopper';
import { seededShopper } from './support/seeded-shopper';

/** Types the shown code on the Verify page; returns the "We have sent…" page. */
async function requestEmail(shopper: HttpShopper, lang: Lang = 'en'): Promise<Page> {
  const L = LABELS[lang];
  const verify = await shopper.open(`${ORIGINS.alipay}/verify-email?lang=${lang}`);
  const code = /(\d{6})/.exec(verify.text.split(SITE_TEXT[lang].yourCode)[1] ?? '')?.[1] ?? '';
  return shopper.submit(verify, L.sendConfirmationEmail, { [L.verificationCode]: code });
}

/** The "Verify my email" link of the newest email in the mailbox. */
async function newestMailLink(shopper: HttpShopper, lang: Lang = 'en'): Promise<string> {
  const inbox = await shopper.open(`${ORIGINS.mail}/`);
  const message = await shopper.follow(inbox, LABELS[lang].confirmEmailSubject);
  return new URL(linkHref(message.html, LABELS[lang].verifyMyEmail), message.url).href;
}

function expectExpired(page: Page, lang: Lang = 'en'): void {
  expect(page.status).toBe(410);
  expect(page.text).toContain(LABELS[lang].linkExpired);
  expect(page.html).toContain(`>${LABELS[lang].sendNewEmail}</button>`);
}

describe('confirmation link expiry', () => {
  it('works once; a second use says "This link has expired" and offers a new email', async () => {
    const { shopper } = await seededShopper('sync');
    await requestEmail(shopper);
    const link = await newestMailLink(shopper);
    const first = await shopper.open(link);
    expect(first.text).toContain(LABELS.en.emailVerified);

    const second = await shopper.open(link);
    expectExpired(second);
    expect(second.text).toContain('This link has expired');
    const resent = await shopper.submit(second, 'Send a new email');
    expect(resent.text).toContain(LABELS.en.confirmationEmailSent);
    const state = await shopper.json<{ mailbox: { count: number; unusedLinks: number } }>(
      `${ORIGINS.mail}/__mock/state`,
    );
    expect(state.mailbox).toEqual({ count: 2, unusedLinks: 1 });
  });

  it('still works at exactly 10 minutes, and has expired 1 ms later', async () => {
    // A frozen server clock, so the few real milliseconds the test takes do not count.
    const frozen = createMockSite({ now: () => Date.parse('2030-01-01T10:00:00Z') });
    const onTime = (await seededShopper('sync', { app: frozen })).shopper;
    await requestEmail(onTime);
    await onTime.fetch(`${ORIGINS.alipay}/__mock/clock?advanceMs=600000`);
    const ok = await onTime.open(await newestMailLink(onTime));
    expect(headings(ok.html, 1)).toEqual([LABELS.en.securityHeading]);

    const late = (await seededShopper('sync')).shopper;
    await requestEmail(late);
    const link = await newestMailLink(late);
    await late.fetch(`${ORIGINS.mail}/__mock/clock?advanceMs=600001`);
    const expired = await late.open(link);
    expectExpired(expired);

    // The new email's link is fresh again.
    await late.submit(expired, LABELS.en.sendNewEmail);
    const fresh = await late.open(await newestMailLink(late));
    expect(fresh.text).toContain(LABELS.en.emailVerified);
  });

  it('says so in Spanish too', async () => {
    const { shopper } = await seededShopper('sync', { acceptLanguage: 'es-ES' });
    const sent = await requestEmail(shopper, 'es');
    expect(sent.text).toContain('Te hemos enviado un correo de confirmación a j***@example.com');
    const link = await newestMailLink(shopper, 'es');
    await shopper.fetch(`${ORIGINS.alipay}/__mock/clock?advanceMs=${11 * 60 * 1000}`);
    const expired = await shopper.open(link);
    expectExpired(expired, 'es');
    expect(expired.text).toContain('Este enlace ha caducado');
    const resent = await shopper.submit(expired, 'Enviar un correo nuevo');
    expect(resent.text).toContain(LABELS.es.confirmationEmailSent);
  });

  it('follows an injected server clock as well', async () => {
    let now = Date.parse('2030-01-01T10:00:00Z');
    const { shopper } = await seededShopper('sync', { app: createMockSite({ now: () => now }) });
    await requestEmail(shopper);
    const link = await newestMailLink(shopper);
    now += 10 * 60 * 1000 + 1;
    expectExpired(await shopper.open(link));
  });

  it('treats an unknown token as expired, and a real link as naming its session', async () => {
    const { shopper, app } = await seededShopper('sync');
    expectExpired(await shopper.open(`${ORIGINS.alipay}/verify-email/confirm?token=made-up`));
    expectExpired(await shopper.open(`${ORIGINS.alipay}/verify-email/confirm`));

    await requestEmail(shopper);
    const link = await newestMailLink(shopper);
    // Opened in a browser that never visited AliPay: the link brings the session along.
    const elsewhere = new HttpShopper(app);
    const page = await elsewhere.open(link);
    expect(page.text).toContain(LABELS.en.emailVerified);
    const state = await shopper.json<{ emailVerified: boolean }>(`${ORIGINS.alipay}/__mock/state`);
    expect(state.emailVerified).toBe(true);
  });
});

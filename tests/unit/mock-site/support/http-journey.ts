/**
 * The whole five-step journey over HTTP, as a shopper clicks it, asserting the
 * spec's labels in the given language at every page. journey-en and journey-es
 * both run it; each also spells some labels literally so a typo in labels.ts
 * cannot hide behind this shared code.
 */
import { expect } from 'vitest';
import { LABELS, type Lang } from '../../../mock-site/labels';
import { SITE_TEXT } from '../../../mock-site/site-text';
import { headings } from './html-query';
import { HttpShopper, type Page } from './http-shopper';

export const ORIGINS = {
  aliexpress: 'http://aliexpress.localhost',
  alipay: 'http://alipay.localhost',
  mail: 'http://mail.localhost',
} as const;

/** What the HTTP journeys type (the browser journey has its own, see tests/e2e/support/journey.ts). */
export const HTTP_SECRETS = {
  cardNumber: '5555 5555 5555 4444',
  expiry: '11/31',
  cvv: '321',
  holder: 'Juan Carlos Pérez',
  password: 'Http-Pass-99',
  answer: 'Sevilla',
  pin: '975310',
} as const;

export interface JourneyPages {
  connected: Page;
  emailSent: Page;
  security: Page;
  ready: Page;
  cardLinked: Page;
  aliexpressCards: Page;
}

function expectOnHost(page: Page, host: keyof typeof ORIGINS, status = 200): void {
  expect(new URL(page.url).hostname).toBe(`${host}.localhost`);
  expect(page.status).toBe(status);
}

/** `startPath` lets a test pick the language by URL (`/?lang=es`) instead of by Accept-Language. */
export async function walkHttpJourney(
  shopper: HttpShopper,
  lang: Lang,
  startPath = '/',
): Promise<JourneyPages> {
  const L = LABELS[lang];
  const T = SITE_TEXT[lang];

  // AliExpress: the header menu leads to My AliExpress, then to AliPay.
  const home = await shopper.open(`${ORIGINS.aliexpress}${startPath}`);
  expectOnHost(home, 'aliexpress');
  expect(home.html).toContain(`<html lang="${lang}">`);
  expect(home.text).toContain(L.helloShopper);
  const myAliExpress = await shopper.follow(home, L.myAliExpress);
  expect(headings(myAliExpress.html, 1)).toEqual([L.myAliExpress]);

  // sync: Connect on AliPay shows the banner.
  const connect = await shopper.follow(myAliExpress, L.myAlipayAccount);
  expectOnHost(connect, 'alipay');
  expect(headings(connect.html, 1)).toEqual([L.connectHeading]);
  const connected = await shopper.submit(connect, L.connect);
  expect(connected.text).toContain(L.accountConnected);

  // verify-email: type the code shown, open the mailbox, follow the email's link.
  const verify = await shopper.follow(connected, T.continueToEmail);
  expect(headings(verify.html, 1)).toEqual([L.verifyEmailHeading]);
  const code = new RegExp(`${T.yourCode}\\s*(\\d{6})`).exec(verify.text)?.[1] ?? '';
  expect(code).toMatch(/^\d{6}$/);
  const emailSent = await shopper.submit(verify, L.sendConfirmationEmail, {
    [L.verificationCode]: code,
  });
  expect(emailSent.text).toContain(L.confirmationEmailSent);
  const inbox = await shopper.follow(emailSent, T.openMailbox);
  expectOnHost(inbox, 'mail');
  const mail = await shopper.follow(inbox, L.confirmEmailSubject);
  expect(headings(mail.html, 1)).toEqual([L.confirmEmailSubject]);
  const security = await shopper.follow(mail, L.verifyMyEmail);
  expectOnHost(security, 'alipay');
  expect(security.text).toContain(L.emailVerified);
  expect(headings(security.html, 1)).toEqual([L.securityHeading]);
  for (const label of [
    L.password,
    L.securityQuestion,
    L.answer,
    L.paymentPinSixDigits,
    L.confirmPin,
  ]) {
    expect(security.html).toMatch(
      new RegExp(`<label for="[^"]+">${label.replace(/[()]/g, '\\$&')}</label>`),
    );
  }
  expect(security.text).toContain(L.pinWarning);

  // set-pin
  const ready = await shopper.submit(security, L.save, {
    [L.password]: HTTP_SECRETS.password,
    [L.securityQuestion]: T.questionBirthCity,
    [L.answer]: HTTP_SECRETS.answer,
    [L.paymentPinSixDigits]: HTTP_SECRETS.pin,
    [L.confirmPin]: HTTP_SECRETS.pin,
  });
  expect(ready.text).toContain(L.accountReady);

  // link-card: the card icon on the profile, then "Link card" opens the form.
  const profile = await shopper.follow(ready, T.goToProfile);
  const manage = await shopper.follow(profile, L.manageYourCards);
  expect(headings(manage.html, 1)).toEqual([L.manageYourCards]);
  const form = await shopper.submit(manage, L.linkCard);
  const cardLinked = await shopper.submit(form, L.linkCard, {
    [L.cardNumber]: HTTP_SECRETS.cardNumber,
    [L.expiryDate]: HTTP_SECRETS.expiry,
    [L.cvv]: HTTP_SECRETS.cvv,
    [L.cardholderName]: HTTP_SECRETS.holder,
    [L.paymentPin]: HTTP_SECRETS.pin,
  });
  expect(cardLinked.text).toContain(`${L.cardLinked} Mastercard •••• 4444`);

  // confirm-card: back on AliExpress, My orders → Cards and bank accounts lists it.
  const store = await shopper.follow(cardLinked, T.backToAliExpress);
  expectOnHost(store, 'aliexpress');
  const orders = await shopper.follow(store, L.myOrders);
  expect(headings(orders.html, 1)).toEqual([L.myOrders]);
  const aliexpressCards = await shopper.follow(orders, L.cardsAndBankAccounts);
  expect(headings(aliexpressCards.html, 1)).toEqual([L.cardsAndBankAccounts]);
  expect(aliexpressCards.text).toContain(L.changeCardsOnAlipay);
  // What the page's script does after its delay: fetch the list it then draws.
  const config = /<script type="application\/json" id="cards-config">([^<]*)<\/script>/.exec(
    aliexpressCards.html,
  );
  const { endpoint } = JSON.parse(config?.[1] ?? '{}') as { endpoint: string };
  const list = await shopper.json<{ cards: { masked: string }[] }>(
    new URL(endpoint, aliexpressCards.url).href,
  );
  expect(list.cards.map((card) => card.masked)).toEqual(['•••• 4444']);

  return { connected, emailSent, security, ready, cardLinked, aliexpressCards };
}

/**
 * The whole AliExpress → AliPay journey as a shopper clicks through it, shared
 * by the mock-site test (no extension) and the extension's own e2e tests (which
 * watch the guide react at each `onStep`). It starts on the AliExpress home
 * page and from there only follows what is on screen, mailbox included.
 */
import type { Frame, Page } from 'puppeteer';
import type { StepId } from '../mock-site/journey-steps';
import { LABELS, type Lang } from '../mock-site/labels';
import { SITE_TEXT } from '../mock-site/site-text';
import {
  areaShowing,
  chooseOption,
  clickByText,
  readNumberAfter,
  typeInto,
  waitForText,
} from './shopper';

/** Everything the shopper types that must never leave the page: a leak test searches for these. */
export const JOURNEY_SECRETS = {
  cardNumber: '4242 4242 4242 4242',
  cvv: '737',
  expiry: '12/30',
  holder: 'JUAN CARLOS',
  pin: '246810',
  password: 'Tr1cky-Pass!',
  answer: 'Toledo',
} as const;

/** What the journey shows at the end on AliExpress for that card. */
export const JOURNEY_CARD_MASKED = '•••• 4242';

export interface JourneyOrigins {
  /** e.g. `http://aliexpress.localhost:5177`; AliPay and the mailbox are reached by links. */
  aliexpress: string;
}

export interface JourneyOptions {
  /** Which labels to look for; the journey opens the store with `?lang=` so the page agrees. */
  lang?: Lang;
  /** Called once each step's evidence (per the spec) is on screen; awaited before going on. */
  onStep?: (step: StepId) => void | Promise<void>;
}

/** What the journey typed that only the run knows (the code is random per session). */
export interface JourneyResult {
  verificationCode: string;
}

export async function walkJourney(
  page: Page,
  origins: JourneyOrigins,
  { lang = 'en', onStep = () => undefined }: JourneyOptions = {},
): Promise<JourneyResult> {
  const L = LABELS[lang];
  const T = SITE_TEXT[lang];
  const S = JOURNEY_SECRETS;

  // sync: My AliExpress → My AliPay account → Connect.
  await page.goto(`${origins.aliexpress}/?lang=${lang}`);
  await clickByText(page, L.myAliExpress);
  await clickByText(page, L.myAlipayAccount);
  await clickByText(page, L.connect);
  await waitForText(page, L.accountConnected);
  await onStep('sync');

  // verify-email: type the code shown, send the email, follow its link from the mailbox.
  await clickByText(page, T.continueToEmail);
  const code = await readNumberAfter(page, T.yourCode, 6);
  await typeInto(page, L.verificationCode, code);
  await clickByText(page, L.sendConfirmationEmail);
  await waitForText(page, L.confirmationEmailSent);
  await clickByText(page, T.openMailbox);
  await clickByText(page, L.confirmEmailSubject);
  await clickByText(page, L.verifyMyEmail);
  await waitForText(page, L.emailVerified);
  await onStep('verify-email');

  // set-pin
  await submitSecurity(page, lang, { ...S, confirmPin: S.pin });
  await waitForText(page, L.accountReady);
  await onStep('set-pin');

  // link-card: profile → the card icon → Link card → the form → Link card. The card
  // panel may sit in a same-origin iframe (the `framed` style); the shopper works in it.
  await clickByText(page, T.goToProfile);
  await clickByText(page, L.manageYourCards);
  const cards = await areaShowing(page, L.linkCard);
  await submitCard(cards, lang, S);
  await waitForText(cards, L.cardLinked);
  await onStep('link-card');

  // confirm-card: back on AliExpress, the late-rendered list shows the card.
  await clickByText(page, T.backToAliExpress);
  await clickByText(page, L.myOrders);
  await clickByText(page, L.cardsAndBankAccounts);
  await waitForText(page, JOURNEY_CARD_MASKED);
  await onStep('confirm-card');
  return { verificationCode: code };
}

/** Types each value into the field its label names, in order. */
async function typeAll(area: Page | Frame, fields: [label: string, value: string][]) {
  for (const [label, value] of fields) await typeInto(area, label, value);
}

/** What the security form asks for (the question is always the birth city). */
export interface SecurityTyped {
  password: string;
  answer: string;
  pin: string;
  confirmPin: string;
}

/** Fills AliPay's security form on `page` and saves it. */
export async function submitSecurity(page: Page, lang: Lang, form: SecurityTyped): Promise<void> {
  const L = LABELS[lang];
  await typeInto(page, L.password, form.password);
  await chooseOption(page, L.securityQuestion, SITE_TEXT[lang].questionBirthCity);
  await typeAll(page, [
    [L.answer, form.answer],
    [L.paymentPinSixDigits, form.pin],
    [L.confirmPin, form.confirmPin],
  ]);
  await clickByText(page, L.save);
}

/** What the card form asks for. */
export interface CardTyped {
  cardNumber: string;
  expiry: string;
  cvv: string;
  holder: string;
  pin: string;
}

/** Opens "Link card" in `area` (the page, or the frame that holds the form), types a card and submits it. */
export async function submitCard(area: Page | Frame, lang: Lang, card: CardTyped): Promise<void> {
  const L = LABELS[lang];
  await clickByText(area, L.linkCard);
  await typeAll(area, [
    [L.cardNumber, card.cardNumber],
    [L.expiryDate, card.expiry],
    [L.cvv, card.cvv],
    [L.cardholderName, card.holder],
    [L.paymentPin, card.pin],
  ]);
  await clickByText(area, L.linkCard);
}

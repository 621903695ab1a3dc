/**
 * Pages of the journey written two ways — plain semantic HTML and an "app"
 * DOM with ARIA roles, nested spans and no ids or classes the mock uses — in
 * English and Spanish. Detection must give the same answer for both.
 */
import { DEFAULT_LABELS, type LabelId } from '@/utils/detect/default-labels';

export type Lang = 'en' | 'es';
export type Variant = 'plain' | 'app';

export interface Fixture {
  name: string;
  site: 'aliexpress' | 'alipay';
  pageId: string;
  evidence: string[];
  errors: string[];
  html: (lang: Lang, variant: Variant) => string;
}

const L = (id: LabelId, lang: Lang) => DEFAULT_LABELS[id][lang];

const heading = (text: string, v: Variant) =>
  v === 'plain'
    ? `<h1>${text}</h1>`
    : `<div role="heading" aria-level="1"><span>${text}</span></div>`;
const button = (text: string, v: Variant) =>
  v === 'plain'
    ? `<button type="button">${text}</button>`
    : `<span role="button" tabindex="0"><i></i><span>${text}</span></span>`;
const link = (text: string, v: Variant) =>
  v === 'plain'
    ? `<a href="/x">${text}</a>`
    : `<div role="link" tabindex="0"><span>${text}</span></div>`;
const status = (text: string, v: Variant) =>
  v === 'plain'
    ? `<p role="status">${text}</p>`
    : `<div class="toast-x9"><span>${text}</span></div>`;
const aeHeader = (lang: Lang, v: Variant) =>
  `<header><span>${lang === 'en' ? 'Hello' : 'Hola'}, Juan Carlos</span>${link(L('myAliExpress', lang), v)}${link(L('myOrders', lang), v)}</header>`;
const field = (label: string) =>
  `<label>${label}<input name="f${label.length}" value="should-never-be-read"></label>`;

export const FIXTURES: Fixture[] = [
  {
    name: 'AliExpress home',
    site: 'aliexpress',
    pageId: 'ae-other',
    evidence: [],
    errors: [],
    html: (l, v) => `${aeHeader(l, v)}<main><h2>Deals</h2></main>`,
  },
  {
    name: 'My AliExpress',
    site: 'aliexpress',
    pageId: 'ae-my-aliexpress',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `${aeHeader(l, v)}<main>${heading(L('myAliExpress', l), v)}${link(L('myAliPayAccount', l), v)}</main>`,
  },
  {
    name: 'My orders',
    site: 'aliexpress',
    pageId: 'ae-my-orders',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `${aeHeader(l, v)}<main>${heading(L('myOrders', l), v)}${link(L('cardsAndBankAccounts', l), v)}</main>`,
  },
  {
    name: 'Cards, empty list',
    site: 'aliexpress',
    pageId: 'ae-cards',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `${aeHeader(l, v)}<main>${heading(L('cardsAndBankAccounts', l), v)}<p>${L('noCardsYet', l)}</p></main>`,
  },
  {
    name: 'Cards, one card listed',
    site: 'aliexpress',
    pageId: 'ae-cards',
    evidence: ['confirm-card'],
    errors: [],
    html: (l, v) =>
      `${aeHeader(l, v)}<main>${heading(L('cardsAndBankAccounts', l), v)}<ul><li>Visa •••• 4242 ${button(L('deleteCard', l), v)}${button(L('useForPayments', l), v)}</li></ul></main>`,
  },
  {
    name: 'AliPay connect',
    site: 'alipay',
    pageId: 'ap-connect',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `<main>${heading(L('connectHeading', l), v)}${button(L('connect', l), v)}</main>`,
  },
  {
    name: 'AliPay connected banner',
    site: 'alipay',
    pageId: 'ap-connect',
    evidence: ['sync'],
    errors: [],
    html: (l, v) =>
      `<main>${heading(L('connectHeading', l), v)}${status(L('accountConnected', l), v)}</main>`,
  },
  {
    name: 'Verify email, wrong code',
    site: 'alipay',
    pageId: 'ap-verify-email',
    evidence: [],
    errors: ['code-incorrect'],
    html: (l, v) =>
      `<main>${heading(L('verifyEmailHeading', l), v)}${status(L('codeIncorrect', l), v)}${field(L('verificationCode', l))}${button(L('sendConfirmationEmail', l), v)}</main>`,
  },
  {
    name: 'Verify email, mail sent',
    site: 'alipay',
    pageId: 'ap-email-sent',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `<main>${heading(L('verifyEmailHeading', l), v)}<p>${L('emailSent', l)} <b>j***@example.com</b>.</p></main>`,
  },
  {
    name: 'Link expired',
    site: 'alipay',
    pageId: 'ap-link-expired',
    evidence: [],
    errors: ['link-expired'],
    html: (l, v) =>
      `<main>${status(L('linkExpired', l), v)}${button(L('sendNewEmail', l), v)}</main>`,
  },
  {
    name: 'Security set-up, PINs differ',
    site: 'alipay',
    pageId: 'ap-security',
    evidence: ['verify-email'],
    errors: ['pin-mismatch'],
    html: (l, v) =>
      `<main>${status(L('emailVerified', l), v)}${heading(L('securityHeading', l), v)}${status(L('pinMismatch', l), v)}${button(L('save', l), v)}</main>`,
  },
  {
    name: 'Account ready',
    site: 'alipay',
    pageId: 'ap-other',
    evidence: ['set-pin'],
    errors: [],
    html: (l, v) => `<main>${status(L('accountReady', l), v)}</main>`,
  },
  {
    name: 'AliPay profile with the card icon',
    site: 'alipay',
    pageId: 'ap-profile',
    evidence: [],
    errors: [],
    html: (l, v) =>
      v === 'plain'
        ? `<main><h1>Juan Carlos</h1><a href="/c" aria-label="${L('manageCards', l)}"><svg></svg></a></main>`
        : `<main><span id="lbl" hidden>${L('manageCards', l)}</span><div role="button" tabindex="0" aria-labelledby="lbl"><svg></svg></div></main>`,
  },
  {
    name: 'Card linked',
    site: 'alipay',
    pageId: 'ap-manage-cards',
    evidence: ['link-card'],
    errors: [],
    html: (l, v) =>
      `<main>${heading(L('manageCards', l), v)}${status(`${L('cardLinked', l)} •••• 4242`, v)}</main>`,
  },
  {
    name: 'Card form, incorrect PIN',
    site: 'alipay',
    pageId: 'ap-manage-cards',
    evidence: [],
    errors: ['pin-incorrect'],
    html: (l, v) =>
      `<main>${heading(L('manageCards', l), v)}${status(L('pinIncorrect', l), v)}${field(L('verificationCode', l))}${button(L('linkCard', l), v)}</main>`,
  },
];

/** Look-alikes that must NOT count: similar words, hidden text, typed text. */
export const DECOYS: Fixture[] = [
  {
    name: 'help text quoting the banner',
    site: 'alipay',
    pageId: 'ap-other',
    evidence: [],
    errors: [],
    html: (l) =>
      `<main><p>${l === 'en' ? 'When you see “AliExpress account connected”, continue.' : 'Cuando veas «Cuenta de AliExpress conectada», continúa.'}</p></main>`,
  },
  {
    name: 'negated banner',
    site: 'alipay',
    pageId: 'ap-other',
    evidence: [],
    errors: [],
    html: (l) =>
      `<main><p>${l === 'en' ? 'AliExpress account not connected' : 'Cuenta de AliExpress no conectada'}</p></main>`,
  },
  {
    name: 'hidden success template',
    site: 'alipay',
    pageId: 'ap-manage-cards',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `<main>${heading(L('manageCards', l), v)}<div hidden><p>${L('cardLinked', l)}</p></div><div style="display:none"><p>${L('pinIncorrect', l)}</p></div></main>`,
  },
  {
    name: 'label typed into a field',
    site: 'alipay',
    pageId: 'ap-other',
    evidence: [],
    errors: [],
    html: (l) =>
      `<main><textarea>${L('accountReady', l)}</textarea><div contenteditable="true">${L('cardLinked', l)}</div></main>`,
  },
  {
    name: 'cards heading without any card',
    site: 'aliexpress',
    pageId: 'ae-cards',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `${aeHeader(l, v)}<main>${heading(L('cardsAndBankAccounts', l), v)}<p>${l === 'en' ? 'Delete all your data' : 'Eliminar todos tus datos'}</p></main>`,
  },
  {
    name: 'AliPay heading on the store',
    site: 'aliexpress',
    pageId: 'ae-other',
    evidence: [],
    errors: [],
    html: (l, v) =>
      `${aeHeader(l, v)}<main><p>${L('accountReady', l)}</p>${heading(L('verifyEmailHeading', l), v)}</main>`,
  },
];

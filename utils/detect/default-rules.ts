/**
 * The default rule set: which page is which, what proves a step done, and which
 * of the spec's errors is on screen. Keyed on visible headings, texts and
 * control names only (see rule-schema.ts), so any site built to the spec matches.
 */
import { DEFAULT_LABELS } from './default-labels';
import type { RuleSet } from './rule-schema';

type Rule = RuleSet['pages'][number];

export const PAGE_IDS = [
  'ae-cards',
  'ae-my-orders',
  'ae-my-aliexpress',
  'ae-other',
  'ap-link-expired',
  'ap-security',
  'ap-email-sent',
  'ap-verify-email',
  'ap-connect',
  'ap-manage-cards',
  'ap-profile',
  'ap-other',
] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const ERROR_IDS = [
  'code-incorrect',
  'link-expired',
  'pin-digits',
  'pin-mismatch',
  'pin-incorrect',
  'card-number',
  'pin-first',
] as const;
export type ErrorId = (typeof ERROR_IDS)[number];

/** Which page is which; first match wins, so more specific pages come first. */
export const PAGE_RULES = [
  { id: 'ae-cards', site: 'aliexpress', when: { all: [{ heading: 'cardsAndBankAccounts' }] } },
  { id: 'ae-my-orders', site: 'aliexpress', when: { all: [{ heading: 'myOrders' }] } },
  { id: 'ae-my-aliexpress', site: 'aliexpress', when: { all: [{ heading: 'myAliExpress' }] } },
  // Any other store page: the account menu is in every header.
  {
    id: 'ae-other',
    site: 'aliexpress',
    when: { any: [{ control: 'myAliExpress' }, { control: 'myOrders' }] },
  },
  { id: 'ap-link-expired', site: 'alipay', when: { all: [{ text: 'linkExpired' }] } },
  { id: 'ap-security', site: 'alipay', when: { all: [{ heading: 'securityHeading' }] } },
  {
    id: 'ap-email-sent',
    site: 'alipay',
    when: { all: [{ text: 'emailSent', mode: 'prefix' }] },
  },
  { id: 'ap-verify-email', site: 'alipay', when: { all: [{ heading: 'verifyEmailHeading' }] } },
  { id: 'ap-connect', site: 'alipay', when: { all: [{ heading: 'connectHeading' }] } },
  { id: 'ap-manage-cards', site: 'alipay', when: { all: [{ heading: 'manageCards' }] } },
  // The profile shows a card icon whose accessible name is "Manage your cards".
  { id: 'ap-profile', site: 'alipay', when: { all: [{ control: 'manageCards' }] } },
  { id: 'ap-other', site: 'alipay', when: {} },
] satisfies (Rule & { id: PageId })[];

/** What proves a step done, and on which page. */
export const EVIDENCE_RULES: RuleSet['evidence'] = [
  { step: 'sync', site: 'alipay', when: { all: [{ text: 'accountConnected' }] } },
  { step: 'verify-email', site: 'alipay', when: { all: [{ text: 'emailVerified' }] } },
  { step: 'set-pin', site: 'alipay', when: { all: [{ text: 'accountReady' }] } },
  {
    step: 'link-card',
    site: 'alipay',
    page: 'ap-manage-cards',
    when: { all: [{ text: 'cardLinked', mode: 'status' }] },
  },
  // A listed card shows its masked number and carries its actions; the empty list has neither.
  {
    step: 'confirm-card',
    site: 'aliexpress',
    page: 'ae-cards',
    when: {
      all: [{ heading: 'cardsAndBankAccounts' }, { maskedCard: true }],
      any: [{ control: 'useForPayments' }, { control: 'deleteCard' }],
    },
  },
];

/** What proves a step NOT done (issue #11). */
export const DISPROOF_RULES: NonNullable<RuleSet['disproof']> = [
  // The store lists no card: whatever was seen before, there is no card to pay with now.
  {
    step: 'confirm-card',
    site: 'aliexpress',
    page: 'ae-cards',
    when: { all: [{ text: 'noCardsYet' }] },
  },
  // AliPay asks for the payment PIN before a card: the PIN is not set up.
  { step: 'set-pin', site: 'alipay', when: { all: [{ text: 'pinFirst' }] } },
  // The verify form still asks for the code: the email is not verified.
  {
    step: 'verify-email',
    site: 'alipay',
    page: 'ap-verify-email',
    when: { all: [{ control: 'sendConfirmationEmail' }] },
  },
];

/** Pages that plainly ask for a step: see `asks` in rule-schema.ts. */
export const ASK_RULES: NonNullable<RuleSet['asks']> = [
  // AliPay's Connect page with its Connect button: the accounts are not linked.
  { step: 'sync', site: 'alipay', page: 'ap-connect', when: { all: [{ control: 'connect' }] } },
  // The verify form with its send button: AliPay shows it only once the accounts are linked.
  {
    step: 'verify-email',
    site: 'alipay',
    page: 'ap-verify-email',
    when: { all: [{ control: 'sendConfirmationEmail' }] },
  },
  // The security form with its Save button: password, question and PIN are still to set.
  { step: 'set-pin', site: 'alipay', page: 'ap-security', when: { all: [{ control: 'save' }] } },
];

/** The spec's errors. */
export const ERROR_RULES = [
  { id: 'code-incorrect', site: 'alipay', when: { all: [{ text: 'codeIncorrect' }] } },
  { id: 'link-expired', site: 'alipay', when: { all: [{ text: 'linkExpired' }] } },
  { id: 'pin-digits', site: 'alipay', when: { all: [{ text: 'pinDigits' }] } },
  { id: 'pin-mismatch', site: 'alipay', when: { all: [{ text: 'pinMismatch' }] } },
  { id: 'pin-incorrect', site: 'alipay', when: { all: [{ text: 'pinIncorrect' }] } },
  { id: 'card-number', site: 'alipay', when: { all: [{ text: 'cardNumberRejected' }] } },
  { id: 'pin-first', site: 'alipay', when: { all: [{ text: 'pinFirst' }] } },
] satisfies (Rule & { id: ErrorId })[];

/**
 * The rule set. Its parts are exported on their own too, so code that needs
 * only ids (the background checking what a page may claim) does not carry
 * the labels.
 */
export const DEFAULT_RULES: RuleSet = {
  version: 1,
  labels: DEFAULT_LABELS,
  pages: PAGE_RULES,
  evidence: EVIDENCE_RULES,
  disproof: DISPROOF_RULES,
  asks: ASK_RULES,
  errors: ERROR_RULES,
};

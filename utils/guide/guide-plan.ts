/**
 * What the on-page guide says and points at, from the page id, the current
 * step and the errors on screen. Pure data in, plain data out: the content
 * script does the DOM work (finding the control, drawing the highlight).
 */
import type { LabelId } from '../detect/default-labels';
import type { StepId } from '../flow/steps';
import { STEP_KEYS } from '../i18n/step-keys';
import type { MessageKey } from '../i18n/t';
import type { Site } from '../site/sites';

/** Point at a control (by its label), or only explain (a message). */
type Move = { control: LabelId; say: MessageKey } | { say: MessageKey };

export interface GuidePlan {
  step: StepId | null;
  /** The control to highlight, as a label id; null when the page has none to use. */
  control: LabelId | null;
  /** What to do, in one or two sentences. */
  say: MessageKey;
  why: MessageKey | null;
  /** Explanations of the spec errors on screen, in the order found. */
  errors: MessageKey[];
}

/**
 * The controls the guide can point at: those with a `do_<control>` instruction
 * in the catalogue, so the type checks every instruction the guide names exists.
 */
type PointableControl = Extract<DoSuffix<MessageKey>, LabelId>;
type DoSuffix<Key> = Key extends `do_${infer Control}` ? Control : never;

const go = (control: PointableControl): Move => ({ control, say: `do_${control}` });
const info = (say: MessageKey): Move => ({ say });

/** On AliExpress, AliPay is reached from My AliExpress. */
const TO_ALIPAY: Partial<Record<string, Move>> = {
  'ae-my-aliexpress': go('myAliPayAccount'),
  aliexpress: go('myAliExpress'),
};

/** Per step: page id → move, with a default per site. */
const PLAN: Record<StepId, Partial<Record<string, Move>>> = {
  sync: {
    ...TO_ALIPAY,
    'ap-connect': go('connect'),
    alipay: info('info_goToAliExpress'),
  },
  'verify-email': {
    ...TO_ALIPAY,
    'ap-connect': info('info_continueToEmail'),
    'ap-verify-email': go('sendConfirmationEmail'),
    'ap-email-sent': info('info_emailSent'),
    'ap-link-expired': go('sendNewEmail'),
    alipay: info('step_verify_email_todo'),
  },
  'set-pin': {
    ...TO_ALIPAY,
    // Back on "email sent" once verified: the way on is forward, not this page.
    'ap-email-sent': info('info_emailAlreadyVerified'),
    'ap-security': go('save'),
    alipay: info('step_set_pin_todo'),
  },
  'link-card': {
    ...TO_ALIPAY,
    'ap-profile': go('manageCards'),
    'ap-manage-cards': go('linkCard'),
    alipay: info('info_goToProfile'),
  },
  'confirm-card': {
    'ae-my-orders': go('cardsAndBankAccounts'),
    'ae-cards': info('info_cardsLoading'),
    aliexpress: go('myOrders'),
    alipay: info('info_backToAliExpress'),
  },
};

const ERROR_HELP: Record<string, MessageKey> = {
  'code-incorrect': 'err_code_incorrect',
  'link-expired': 'err_link_expired',
  'pin-digits': 'err_pin_digits',
  'pin-mismatch': 'err_pin_mismatch',
  'pin-incorrect': 'err_pin_incorrect',
  'card-number': 'err_card_number',
  'pin-first': 'err_pin_first',
};

/** Where "All done" is said: the card list that proves it. Elsewhere a finished journey shows nothing. */
const DONE_PAGE = 'ae-cards';

/** The plan, or null when the guide has nothing to say on this page. */
export function planGuide(
  site: Site,
  pageId: string | null,
  step: StepId | null,
  errors: readonly string[],
): GuidePlan | null {
  const help = errors.flatMap((e) => (ERROR_HELP[e] ? [ERROR_HELP[e]] : []));
  if (!step) {
    // Issue #11: the finished state stays in the popup; ordinary pages go quiet.
    if (pageId !== DONE_PAGE) return null;
    return { step, control: null, say: 'allDoneText', why: null, errors: help };
  }
  const moves = PLAN[step];
  let move = (pageId && moves[pageId]) || moves[site] || info(STEP_KEYS[step].todo);
  // "Set up your payment PIN first" on the cards page: the error's advice is the move.
  if (errors.includes('pin-first')) move = info('err_pin_first');
  return {
    step,
    control: 'control' in move ? move.control : null,
    say: move.say,
    why: STEP_KEYS[step].why,
    errors: errors.includes('pin-first') ? help.filter((h) => h !== 'err_pin_first') : help,
  };
}

/**
 * Each step's catalogue keys: title, what to do, and why it matters. The one
 * map from step id to message key, so no key is ever spelt out of a step id.
 */
import type { StepState } from '../flow/progress';
import type { DoneHow } from '../flow/progress-schema';
import type { StepId } from '../flow/steps';
import type { MessageKey } from './t';

export const STEP_KEYS = {
  sync: { title: 'step_sync_title', todo: 'step_sync_todo', why: 'why_sync' },
  'verify-email': {
    title: 'step_verify_email_title',
    todo: 'step_verify_email_todo',
    why: 'why_verify_email',
  },
  'set-pin': { title: 'step_set_pin_title', todo: 'step_set_pin_todo', why: 'why_set_pin' },
  'link-card': { title: 'step_link_card_title', todo: 'step_link_card_todo', why: 'why_link_card' },
  'confirm-card': {
    title: 'step_confirm_card_title',
    todo: 'step_confirm_card_todo',
    why: 'why_confirm_card',
  },
} as const satisfies Record<StepId, { title: MessageKey; todo: MessageKey; why: MessageKey }>;

/** The words for a step's state: "done", "current step", "not yet". */
export const STATE_KEYS = {
  done: 'stateDone',
  current: 'stateCurrent',
  pending: 'statePending',
} as const satisfies Record<StepState, MessageKey>;

/** How a done step came to be done. */
export const HOW_KEYS = {
  seen: 'howSeen',
  implied: 'howImplied',
  manual: 'howManual',
} as const satisfies Record<DoneHow, MessageKey>;

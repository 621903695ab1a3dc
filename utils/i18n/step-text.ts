/** Each step's title and instructions, as catalogue keys. */
import type { StepState } from '../flow/progress';
import type { DoneHow } from '../flow/progress-schema';
import type { StepId } from '../flow/steps';
import { t, type MessageKey } from './t';

const STEP_KEYS: Record<StepId, { title: MessageKey; todo: MessageKey }> = {
  sync: { title: 'step_sync_title', todo: 'step_sync_todo' },
  'verify-email': { title: 'step_verify_email_title', todo: 'step_verify_email_todo' },
  'set-pin': { title: 'step_set_pin_title', todo: 'step_set_pin_todo' },
  'link-card': { title: 'step_link_card_title', todo: 'step_link_card_todo' },
  'confirm-card': { title: 'step_confirm_card_title', todo: 'step_confirm_card_todo' },
};

export const stepTitle = (step: StepId): string => t(STEP_KEYS[step].title);
export const stepTodo = (step: StepId): string => t(STEP_KEYS[step].todo);

const STATE_KEYS: Record<StepState, MessageKey> = {
  done: 'stateDone',
  current: 'stateCurrent',
  pending: 'statePending',
};
const HOW_KEYS: Record<DoneHow, MessageKey> = {
  seen: 'howSeen',
  implied: 'howImplied',
  manual: 'howManual',
};

/** "done", "current step", "not yet", in the shopper's language. */
export const stateText = (state: StepState): string => t(STATE_KEYS[state]);
/** How a done step came to be done: "seen on the page", "implied by a later step", "marked by hand". */
export const howText = (how: DoneHow): string => t(HOW_KEYS[how]);

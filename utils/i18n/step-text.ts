/** Each step's title and instructions, and the words for its state, in the shopper's language. */
import type { StepState } from '../flow/progress';
import type { DoneHow } from '../flow/progress-schema';
import type { StepId } from '../flow/steps';
import { HOW_KEYS, STATE_KEYS, STEP_KEYS } from './step-keys';
import { t } from './t';

export const stepTitle = (step: StepId): string => t(STEP_KEYS[step].title);
export const stepTodo = (step: StepId): string => t(STEP_KEYS[step].todo);

/** "done", "current step", "not yet", in the shopper's language. */
export const stateText = (state: StepState): string => t(STATE_KEYS[state]);
/** How a done step came to be done: "seen on the page", "implied by a later step", "marked by hand". */
export const howText = (how: DoneHow): string => t(HOW_KEYS[how]);

import { STEP_IDS, type StepId } from '../../utils/flow/steps';
import type { StepStates } from './popup-page';

/** The checklist once `step` (and so every earlier one) is done. */
export function statesAfter(step: StepId | null): StepStates {
  const doneUpTo = step ? STEP_IDS.indexOf(step) : -1;
  return Object.fromEntries(
    STEP_IDS.map((s, i) => [
      s,
      i <= doneUpTo ? 'done' : i === doneUpTo + 1 ? 'current' : 'pending',
    ]),
  ) as StepStates;
}

/**
 * Which steps a page re-opened (issue #11): the card list was empty, AliPay
 * asked for the PIN first, the verify form asked for the code again. Read from
 * the event log, so the popup can say why a step that was done is not any more.
 */
import type { GuideEvent } from './events';
import type { Progress } from './progress-schema';
import { STEP_IDS, type StepId } from './steps';

export function reopenedByPage(events: readonly GuideEvent[], progress: Progress): StepId[] {
  const last = new Map<StepId, GuideEvent>();
  for (const event of events) {
    if (event.kind === 'reset') last.clear();
    else if (event.kind === 'step-done' || event.kind === 'step-undone')
      last.set(event.step, event);
  }
  return STEP_IDS.filter((step) => {
    const event = last.get(step);
    return !progress.steps[step] && event?.kind === 'step-undone' && event.cause === 'page';
  });
}

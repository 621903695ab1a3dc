/**
 * A zod-free check for the step events of the log (done, undone, reset), for
 * the popup, whose size budget has no room for zod; the same shapes as
 * guideEventSchema in utils/flow/events.ts.
 */
import type { GuideEvent } from '../flow/events';
import { isStepId } from '../flow/steps';
import { isRecord } from './is-record';

export type StepEvent = Extract<GuideEvent, { kind: 'step-done' | 'step-undone' | 'reset' }>;

export function asStepEvent(raw: unknown): StepEvent | null {
  if (!isRecord(raw) || typeof raw.at !== 'number' || !Number.isFinite(raw.at)) return null;
  if (raw.kind === 'reset') return { kind: 'reset', at: raw.at };
  if (typeof raw.step !== 'string' || !isStepId(raw.step)) return null;
  if (raw.kind === 'step-undone')
    return raw.cause === 'page'
      ? { kind: 'step-undone', at: raw.at, step: raw.step, cause: 'page' }
      : { kind: 'step-undone', at: raw.at, step: raw.step };
  if (
    raw.kind === 'step-done' &&
    (raw.how === 'seen' || raw.how === 'implied' || raw.how === 'manual')
  )
    return { kind: 'step-done', at: raw.at, step: raw.step, how: raw.how };
  return null;
}

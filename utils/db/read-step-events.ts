/**
 * The step events of the log (done, undone, reset), read without zod: the
 * popup needs them to say why a step is open again, and must stay within its
 * size budget (the full log is parsed with zod in the report, loaded on demand).
 * A record that does not look like a step event is skipped.
 */
import type { IDBPDatabase } from 'idb';
import type { GuideEvent } from '../flow/events';
import { isStepId } from '../flow/steps';
import { isRecord } from '../guards/is-record';
import type { GuideDb } from './schema';

export type StepEvent = Extract<GuideEvent, { kind: 'step-done' | 'step-undone' | 'reset' }>;

function asStepEvent(raw: unknown): StepEvent | null {
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

/** Oldest first, as stored. */
export async function readStepEvents(db: IDBPDatabase<GuideDb>): Promise<StepEvent[]> {
  return (await db.getAll('events')).flatMap((raw) => asStepEvent(raw) ?? []);
}

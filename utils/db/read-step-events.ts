/**
 * The step events of the log, read without zod: the popup needs them to say
 * why a step is open again (the full log is parsed with zod in the report,
 * loaded on demand). A record that does not look like a step event is skipped.
 */
import type { IDBPDatabase } from 'idb';
import { asStepEvent, type StepEvent } from '../guards/step-event-guard';
import type { GuideDb } from './schema';

export type { StepEvent };

/** Oldest first, as stored. */
export async function readStepEvents(db: IDBPDatabase<GuideDb>): Promise<StepEvent[]> {
  return (await db.getAll('events')).flatMap((raw) => asStepEvent(raw) ?? []);
}

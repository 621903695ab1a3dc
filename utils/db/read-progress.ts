/**
 * Reads the progress record back from IndexedDB. Zod-free (guards held to the
 * zod schema by unit tests), so the popup can read progress without carrying
 * zod: it opens fast and stays inside its size budget.
 */
import type { IDBPDatabase } from 'idb';
import { emptyProgress } from '../flow/progress';
import { isProgress, isStepDone } from '../guards/progress-guard';
import type { Progress } from '../flow/progress-schema';
import { STEP_IDS } from '../flow/steps';
import { PROGRESS_KEY, type GuideDb } from './schema';

/**
 * Parses a stored record. A damaged one is repaired step by step rather than
 * thrown away whole, so one bad field never costs the shopper their progress.
 */
export function parseStoredProgress(raw: unknown): Progress {
  if (raw === undefined) return emptyProgress();
  if (isProgress(raw)) return raw;
  const repaired = emptyProgress();
  const steps = (raw as { steps?: Record<string, unknown> } | null)?.steps;
  for (const step of STEP_IDS) {
    const done = steps?.[step];
    if (isStepDone(done)) repaired.steps[step] = { how: done.how, at: done.at };
  }
  return repaired;
}

export async function readProgress(db: IDBPDatabase<GuideDb>): Promise<Progress> {
  return parseStoredProgress(await db.get('progress', PROGRESS_KEY));
}

/**
 * Reads and changes the progress record. Every change is one read-write
 * transaction over progress and events, so reports from several tabs at once
 * serialise in IndexedDB itself, and a change counts only after `tx.done`.
 */
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { eventsFor, guideEventSchema, type GuideEvent } from '../flow/events';
import { reduceProgress, type ProgressAction } from '../flow/progress';
import { parseStoredProgress } from './read-progress';
import { PROGRESS_KEY, type GuideDb } from './schema';
import type { Progress } from '../flow/progress-schema';

/** The log is for "where is the shopper stuck", not history: keep it small. */
export const MAX_EVENTS = 200;

export async function applyProgressAction(
  db: IDBPDatabase<GuideDb>,
  action: ProgressAction,
  errors: readonly string[] = [],
): Promise<{ before: Progress; after: Progress }> {
  const tx = db.transaction(['progress', 'events'], 'readwrite');
  const before = parseStoredProgress(await tx.objectStore('progress').get(PROGRESS_KEY));
  const after = reduceProgress(before, action);
  const events = eventsFor(before, after, action, errors);
  await tx.objectStore('progress').put(after, PROGRESS_KEY);
  const log = tx.objectStore('events');
  if (action.type === 'reset') await log.clear!();
  for (const event of events) await log.add!(event);
  await pruneEvents(log);
  await tx.done;
  return { before, after };
}

async function pruneEvents(
  log: IDBPObjectStore<GuideDb, ('progress' | 'events')[], 'events', 'readwrite'>,
): Promise<void> {
  let excess = (await log.count()) - MAX_EVENTS;
  if (excess <= 0) return;
  let cursor = await log.openCursor();
  while (cursor && excess > 0) {
    await cursor.delete!();
    excess -= 1;
    cursor = await cursor.continue();
  }
}

/** Newest last; records that no longer parse are skipped, not fatal. */
export async function readEvents(db: IDBPDatabase<GuideDb>): Promise<GuideEvent[]> {
  const raw = await db.getAll('events');
  return raw.flatMap((e) => {
    const { id: _id, ...rest } = e;
    const parsed = guideEventSchema.safeParse(rest);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Reads and changes the progress record. Every change is one read-write
 * transaction over progress and events, so reports from several tabs at once
 * serialise in IndexedDB itself, and a change counts only after `tx.done`.
 * The same transaction moves parts of the record that cannot be read to the
 * quarantine and writes back the fields this release does not know.
 */
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { eventsFor, guideEventSchema, type GuideEvent } from '../flow/events';
import { reduceProgress, type ProgressAction } from '../flow/progress';
import { setAside } from './quarantine-store';
import { decodeStoredProgress, encodeStoredProgress } from './read-progress';
import { PROGRESS_KEY, type GuideDb } from './schema';
import type { Progress } from '../flow/progress-schema';

/** The log is for "where is the shopper stuck", not history: keep it small. */
export const MAX_EVENTS = 200;

export async function applyProgressAction(
  db: IDBPDatabase<GuideDb>,
  action: ProgressAction,
  errors: readonly string[] = [],
): Promise<{ before: Progress; after: Progress }> {
  const tx = db.transaction(['progress', 'events', 'quarantine'], 'readwrite');
  const decoded = decodeStoredProgress(await tx.objectStore('progress').get(PROGRESS_KEY));
  await setAside(
    tx.objectStore('quarantine'),
    'progress',
    PROGRESS_KEY,
    decoded.unreadable,
    action.at,
  );
  const before = decoded.progress;
  const after = reduceProgress(before, action);
  const events = eventsFor(before, after, action, errors);
  const stored = encodeStoredProgress(after, decoded, action.type === 'reset');
  await tx.objectStore('progress').put(stored, PROGRESS_KEY);
  const log = tx.objectStore('events');
  if (action.type === 'reset') await log.clear!();
  for (const event of events) await log.add!(event);
  await pruneEvents(log);
  await tx.done;
  return { before, after };
}

async function pruneEvents(
  log: IDBPObjectStore<GuideDb, ('progress' | 'events' | 'quarantine')[], 'events', 'readwrite'>,
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

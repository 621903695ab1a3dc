/**
 * v1 → v2: progress gets its own store with a time per done step, and an
 * event log. The v1 record is carried over, then its store dropped.
 * Shipped; never edit.
 */
import type { Progress } from '../../flow/progress-schema';
import { emptyProgress } from '../../flow/progress';
import { isStepId } from '../../flow/steps';
import type { Migration } from './migration';

/** The v1 record, at key `progress` of the `state` store. */
export interface ProgressV1 {
  done: string[];
  updatedAt: number;
}

/** A done step keeps its time; how it was done was not recorded, so "seen". */
export function migrateProgressV1(legacy: unknown): Progress {
  const progress = emptyProgress();
  if (!legacy || typeof legacy !== 'object') return progress;
  const { done, updatedAt } = legacy as Partial<ProgressV1>;
  const at = typeof updatedAt === 'number' ? updatedAt : 0;
  for (const step of Array.isArray(done) ? done : []) {
    if (isStepId(step)) progress.steps[step] = { how: 'seen', at };
  }
  progress.updatedAt = at;
  return progress;
}

/** Where v2 keeps the one progress record (PROGRESS_KEY in schema.ts, frozen here). */
const V2_PROGRESS_KEY = 'current';

export const v2ProgressAndEvents: Migration = {
  version: 2,
  async migrate(db, tx) {
    db.createObjectStore('progress');
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('by-at', 'at');
    if (!db.objectStoreNames.contains('state')) return;
    const legacy: unknown = await tx.objectStore('state').get('progress');
    if (legacy) await tx.objectStore('progress').put(migrateProgressV1(legacy), V2_PROGRESS_KEY);
    db.deleteObjectStore('state');
  },
};

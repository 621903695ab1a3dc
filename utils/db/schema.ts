/**
 * The IndexedDB schema and its upgrade path. Each version's migration is one
 * small function, never edited once shipped; tests open every older version
 * and upgrade it (tests/unit/db/*.test.ts).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Diagnostic } from '../diagnostics/diagnostic-schema';
import type { GuideEvent } from '../flow/events';
import type { GuideSettings } from '../settings/settings';
import type { Progress } from '../flow/progress-schema';
import { emptyProgress } from '../flow/progress';
import { isStepId } from '../flow/steps';

export const DB_NAME = 'alipay-card-guide';
export const DB_VERSION = 3;
export const PROGRESS_KEY = 'current';

export type StoredEvent = GuideEvent & { id?: number };

export type StoredDiagnostic = Diagnostic & { id?: number };

/** A guidance pack as stored: the raw JSON the author wrote, parsed again on every read. */
export interface StoredPack {
  id: string;
  json: string;
  active: boolean;
  importedAt: number;
}

export interface GuideDb extends DBSchema {
  progress: { key: string; value: Progress };
  events: { key: number; value: StoredEvent; indexes: { 'by-at': number } };
  diagnostics: { key: number; value: StoredDiagnostic };
  settings: { key: string; value: GuideSettings };
  packs: { key: string; value: StoredPack };
}

export const SETTINGS_KEY = 'guide';

/** Version 1 (0.0.x) kept one record in a `state` store: the list of done step ids. */
export interface ProgressV1 {
  done: string[];
  updatedAt: number;
}

/** v1 → v2: a done step keeps its time; how it was done was not recorded, so "seen". */
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

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

function createV1(db: AnyDb): void {
  db.createObjectStore('state');
}

async function upgradeToV2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('progress');
  const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
  events.createIndex('by-at', 'at');
  if (db.objectStoreNames.contains('state')) {
    const legacy: unknown = await tx.objectStore('state').get('progress');
    if (legacy) await tx.objectStore('progress').put(migrateProgressV1(legacy), PROGRESS_KEY);
    db.deleteObjectStore('state');
  }
}

/** v2 → v3: "page looks different" notes, settings, guidance packs. Nothing to carry over. */
function upgradeToV3(db: AnyDb): void {
  db.createObjectStore('diagnostics', { keyPath: 'id', autoIncrement: true });
  db.createObjectStore('settings');
  db.createObjectStore('packs', { keyPath: 'id' });
}

/** Runs every migration between the stored version and DB_VERSION, in order. */
export async function upgradeGuideDb(db: AnyDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) createV1(db);
  if (oldVersion < 2) await upgradeToV2(db, tx);
  if (oldVersion < 3) upgradeToV3(db);
}

/**
 * The IndexedDB schema as it is today. How older databases get here is
 * utils/db/migrations/: one file per version, never edited once shipped,
 * each with its own test (tests/unit/db/migrations/).
 */
import type { DBSchema } from 'idb';
import type { Diagnostic } from '../diagnostics/diagnostic-schema';
import type { GuideEvent } from '../flow/events';
import type { GuideSettings } from '../settings/settings';
import type { Progress } from '../flow/progress-schema';

export const DB_NAME = 'alipay-card-guide';
/** The last migration's version (utils/db/migrations/migrations.ts). */
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

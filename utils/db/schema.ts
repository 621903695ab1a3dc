/**
 * The IndexedDB schema as it is today. How older databases get here is
 * utils/db/migrations/: one file per version, never edited once shipped,
 * each with its own test (tests/unit/db/migrations/).
 */
import type { DBSchema } from 'idb';
import type { Diagnostic } from '../diagnostics/diagnostic-schema';
import type { GuideEvent } from '../flow/events';
import type { GuideSettings } from '../settings/settings';
import type { StoredProgress } from '../flow/progress-schema';

export const DB_NAME = 'alipay-card-guide';
/** The last migration's version (utils/db/migrations/migrations.ts). */
export const DB_VERSION = 4;
export const PROGRESS_KEY = 'current';

export type StoredEvent = GuideEvent & { id?: number };

export type StoredDiagnostic = Diagnostic & { id?: number };

/** A guidance pack as stored: the raw JSON the author wrote, parsed again on every read. */
export interface StoredPack {
  /** The pack's id; for a managed pack `policy:<position>`, which no pack id can be. */
  id: string;
  json: string;
  active: boolean;
  importedAt: number;
  /** Set by the shopper's organisation through browser policy (packs-store.ts): wins, cannot be removed. */
  managed?: { position: number };
}

/**
 * A record, or a part of one, that could not be read: kept as it was stored
 * (structured clone, never reshaped), with where it came from and when. Only
 * counted in the support report, never copied into it.
 */
export interface QuarantineEntry {
  /** When it was moved here (ms since the epoch). */
  at: number;
  /** The store and key of the record it came from. */
  store: string;
  key: string;
  /** Where in that record: `$` for the whole record, `$.steps.set-pin` for one part. */
  path: string;
  /** What was there, as stored. */
  value: unknown;
}

export type StoredQuarantineEntry = QuarantineEntry & { id?: number };

export interface GuideDb extends DBSchema {
  /** Read through decodeStoredProgress: unknown fields kept, unreadable parts quarantined. */
  progress: { key: string; value: StoredProgress };
  events: { key: number; value: StoredEvent; indexes: { 'by-at': number } };
  diagnostics: { key: number; value: StoredDiagnostic };
  settings: { key: string; value: GuideSettings };
  packs: { key: string; value: StoredPack };
  quarantine: { key: number; value: StoredQuarantineEntry };
}

export const SETTINGS_KEY = 'guide';

/** The guide database's upgrade path, oldest first; the last one's version is DB_VERSION. */
import type { Migration } from './migration';
import { v1StateStore } from './v1-state-store';
import { v2ProgressAndEvents } from './v2-progress-and-events';
import { v3NotesSettingsPacks } from './v3-notes-settings-packs';
import { v4Quarantine } from './v4-quarantine';

export const MIGRATIONS: readonly Migration[] = [
  v1StateStore,
  v2ProgressAndEvents,
  v3NotesSettingsPacks,
  v4Quarantine,
];

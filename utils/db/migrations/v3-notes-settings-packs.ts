/** v2 → v3: "page looks different" notes, settings, guidance packs. Nothing to carry over. Shipped; never edit. */
import type { Migration } from './migration';

export const v3NotesSettingsPacks: Migration = {
  version: 3,
  migrate(db) {
    db.createObjectStore('diagnostics', { keyPath: 'id', autoIncrement: true });
    db.createObjectStore('settings');
    db.createObjectStore('packs', { keyPath: 'id' });
  },
};

/**
 * v3 → v4: a `quarantine` store for records, or parts of records, that could
 * not be read (issue #12). They are moved there as stored, with where they
 * came from and when, instead of being dropped. Nothing to carry over.
 * Shipped; never edit.
 */
import type { Migration } from './migration';

export const v4Quarantine: Migration = {
  version: 4,
  migrate(db) {
    db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
  },
};

/** Version 1 (0.0.x): one `state` store holding the list of done step ids. Shipped; never edit. */
import type { Migration } from './migration';

export const v1StateStore: Migration = {
  version: 1,
  migrate(db) {
    db.createObjectStore('state');
  },
};

// IndexedDB for unit tests: the store runs against fake-indexeddb, a spec-complete
// in-memory implementation.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';

// Test files share a worker (`isolate: false` in vitest.config.ts: a new worker
// per file cost most of the unit run), and this file runs before each of them.
// Each still starts clean: no database, whatever the file before left, and the
// project's modules loaded afresh, so no module holds on to the last file's
// connection or state.
globalThis.indexedDB = new IDBFactory();
vi.resetModules();

// IndexedDB for unit tests: the store runs against fake-indexeddb, a spec-complete
// in-memory implementation.
import 'fake-indexeddb/auto';

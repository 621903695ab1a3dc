/**
 * Reads a database as it is, whatever its version, without upgrading it: for
 * a database written by a newer release (which this release must not touch)
 * and for the quarantine. The result is plain JSON, offered to the shopper as
 * a file; nothing is sent anywhere. Opening without a version opens the
 * database at its own version; if it does not exist, the creation is aborted,
 * so exporting never leaves a database behind.
 */
import { openDB } from 'idb';

export const SAVED_DATA_FORMAT = 'alipay-card-guide-saved-data';

export interface ExportedStore {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  records: { key: unknown; value: unknown }[];
}

export interface SavedDataExport {
  format: typeof SAVED_DATA_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  database: string;
  version: number;
  stores: Record<string, ExportedStore>;
}

export async function exportDatabase(name: string, now = Date.now()): Promise<SavedDataExport> {
  const db = await openDB(name, undefined, {
    upgrade(_db, _old, _new, tx) {
      // Only runs when the database does not exist: do not create it (the open then fails).
      tx.done.catch(() => undefined);
      tx.abort();
    },
  });
  try {
    const stores: Record<string, ExportedStore> = {};
    const names = [...db.objectStoreNames];
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly');
      for (const storeName of names) {
        const store = tx.objectStore(storeName);
        const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
        stores[storeName] = {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
          indexes: [...store.indexNames].map((indexName) => {
            const index = store.index(indexName);
            const { keyPath, unique, multiEntry } = index;
            return { name: indexName, keyPath, unique, multiEntry };
          }),
          records: keys.map((key, i) => ({ key, value: values[i] })),
        };
      }
      await tx.done;
    }
    return {
      format: SAVED_DATA_FORMAT,
      formatVersion: 1,
      exportedAt: new Date(now).toISOString(),
      database: name,
      version: db.version,
      stores,
    };
  } finally {
    db.close();
  }
}

/** As JSON text: dates as ISO text, binary data and other values JSON cannot hold as descriptions. */
export function savedDataJson(data: SavedDataExport): string {
  return `${JSON.stringify(data, plainJson, 2)}\n`;
}

function plainJson(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value.values()] };
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
    return { binaryBytes: value.byteLength };
  if (typeof Blob !== 'undefined' && value instanceof Blob)
    return { blobBytes: value.size, type: value.type };
  return value;
}

export function savedDataFileName(data: SavedDataExport): string {
  return `alipay-card-guide-saved-data-v${data.version}-${data.exportedAt.slice(0, 10)}.json`;
}

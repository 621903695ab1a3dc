/**
 * IndexedDB cost of the progress record, from an extension page (the origin
 * that owns the database): `get` of `progress/current`, and `put` of the same
 * value until the read-write transaction completes (what the store counts as
 * written). Reads and writes alternate; the record ends as it began.
 */
import type { ExtensionBrowser } from '../../harness/extension';
import { openExtensionPage } from '../../harness/extension';
import { defineNameShim } from './name-shim';

export interface StorageResult {
  readMs: number[];
  writeMs: number[];
  recordBytes: number;
}

export async function measureStorage(
  ext: ExtensionBrowser,
  samples: number,
): Promise<StorageResult> {
  const page = await openExtensionPage(ext, 'popup.html', 'main[data-ready="true"]');
  try {
    await defineNameShim(page);
    return await page.evaluate(async (n: number) => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const db = await request(indexedDB.open('alipay-card-guide'));
      const readMs: number[] = [];
      const writeMs: number[] = [];
      let value: unknown;
      for (let i = 0; i < n; i++) {
        let t = performance.now();
        value = await request(db.transaction('progress').objectStore('progress').get('current'));
        readMs.push(performance.now() - t);
        t = performance.now();
        const tx = db.transaction('progress', 'readwrite');
        tx.objectStore('progress').put(value, 'current');
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        writeMs.push(performance.now() - t);
      }
      db.close();
      return { readMs, writeMs, recordBytes: JSON.stringify(value ?? null).length };
    }, samples);
  } finally {
    await page.close();
  }
}

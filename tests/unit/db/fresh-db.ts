/** Deletes the guide's database between tests, closing our cached connection first. */
import { closeGuideDb } from '@/utils/db/open-db';
import { DB_NAME } from '@/utils/db/schema';

export async function freshDb(): Promise<void> {
  await closeGuideDb();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

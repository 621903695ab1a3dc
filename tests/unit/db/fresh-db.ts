/**
 * Test helpers for the guide's database. Deleting the database is enough to
 * start afresh: our cached connection hears the delete as a version change
 * and closes itself, as it would for an update (see open-db.ts).
 */
import { vi } from 'vitest';
import { DB_NAME } from '@/utils/db/schema';

export async function freshDb(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

/** `openGuideDb` as a restarted worker has it: a fresh module with no cached connection. */
export async function openGuideDbAfterRestart() {
  vi.resetModules();
  const { openGuideDb } = await import('@/utils/db/open-db');
  return openGuideDb();
}

let counter = 0;
/** A database name no other test uses, for migration tests that open their own. */
export const uniqueDbName = (label: string): string => `test-${label}-${++counter}`;

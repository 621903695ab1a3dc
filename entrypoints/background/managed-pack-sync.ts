/**
 * Mirrors the packs the shopper's organisation sets by policy into the packs
 * store (utils/db/packs-store.ts), where every reader finds them: at start-up
 * (Firefox reads its policies only then) and whenever Chrome's change.
 */
import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { replaceManagedPacks } from '@/utils/db/packs-store';
import type { GuideDb } from '@/utils/db/schema';
import { exportPack } from '@/utils/packs/export-pack';
import { readManagedPacks } from '@/utils/packs/managed-packs';
import { readManagedArea } from '@/utils/packs/read-managed-area';

/** Reads the policy and stores its usable packs; true when that changed what is stored. */
export async function syncManagedPacks(
  db: IDBPDatabase<GuideDb>,
  now: number,
  area: () => Promise<unknown> = readManagedArea,
): Promise<boolean> {
  const { packs } = readManagedPacks(await area());
  return replaceManagedPacks(
    db,
    packs.map(({ position, pack }) => ({ position, json: exportPack(pack) })),
    now,
  );
}

/** Calls `changed` after every policy change (Chrome tells; Firefox never changes them live). */
export function onManagedChange(changed: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') changed();
  });
}

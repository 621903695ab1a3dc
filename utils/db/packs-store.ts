/**
 * Guidance packs in IndexedDB. Only the options page imports packs, after a
 * full zod parse; everyone reads the active one through the zod-free guard.
 * Activating is one transaction: the new pack and every other pack's
 * "inactive" are written together, or not at all.
 */
import type { IDBPDatabase } from 'idb';
import type { Pack } from '../packs/pack-schema';
import { isPackData } from '../guards/pack-guard';
import type { GuideDb, StoredPack } from './schema';

function decode(stored: StoredPack): Pack | null {
  try {
    const data: unknown = JSON.parse(stored.json);
    return isPackData(data) && data.id === stored.id ? data : null;
  } catch {
    return null;
  }
}

export async function readActivePack(db: IDBPDatabase<GuideDb>): Promise<Pack | null> {
  const active = (await db.getAll('packs')).find((p) => p.active);
  return active ? decode(active) : null;
}

export interface PackSummary {
  id: string;
  name: string;
  version: string;
  author: string;
  active: boolean;
  importedAt: number;
  pack: Pack;
}

/** Every stored pack that still reads back; a damaged one is left out, not fatal. */
export async function listPacks(db: IDBPDatabase<GuideDb>): Promise<PackSummary[]> {
  return (await db.getAll('packs')).flatMap((stored) => {
    const pack = decode(stored);
    if (!pack) return [];
    const { id, name, version, author } = pack;
    return [
      { id, name, version, author, active: stored.active, importedAt: stored.importedAt, pack },
    ];
  });
}

/** Stores a pack (already parsed and exported canonically) and, if asked, makes it the only active one. */
export async function savePack(
  db: IDBPDatabase<GuideDb>,
  pack: Pack,
  json: string,
  activate: boolean,
  now: number,
): Promise<void> {
  const tx = db.transaction('packs', 'readwrite');
  if (activate) {
    for (const other of await tx.store.getAll()) {
      if (other.active && other.id !== pack.id) await tx.store.put({ ...other, active: false });
    }
  }
  await tx.store.put({ id: pack.id, json, active: activate, importedAt: now });
  await tx.done;
}

export async function setPackActive(
  db: IDBPDatabase<GuideDb>,
  id: string,
  active: boolean,
): Promise<void> {
  const tx = db.transaction('packs', 'readwrite');
  for (const stored of await tx.store.getAll()) {
    const next = stored.id === id ? active : active ? false : stored.active;
    if (next !== stored.active) await tx.store.put({ ...stored, active: next });
  }
  await tx.done;
}

export async function removePack(db: IDBPDatabase<GuideDb>, id: string): Promise<void> {
  await db.delete('packs', id);
}

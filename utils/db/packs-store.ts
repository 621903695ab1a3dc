/**
 * Guidance packs in IndexedDB. Only the options page imports packs, after a
 * full zod parse; everyone reads the active one through the zod-free guard.
 * Activating is one transaction: the new pack and every other pack's
 * "inactive" are written together, or not at all.
 *
 * Packs set by the shopper's organisation (utils/packs/managed-packs.ts) are
 * mirrored here by the background, under keys no pack id can take, so every
 * reader finds them where it finds imported ones: the first of them is in use
 * whatever the shopper activated, and the shopper cannot change or remove them.
 */
import type { IDBPDatabase } from 'idb';
import type { Pack } from '../packs/pack-schema';
import { isPackData } from '../guards/pack-guard';
import type { GuideDb, StoredPack } from './schema';

const MANAGED_KEY = 'policy:';

function decode(stored: StoredPack): Pack | null {
  try {
    const data: unknown = JSON.parse(stored.json);
    return isPackData(data) && (stored.managed ? true : data.id === stored.id) ? data : null;
  } catch {
    return null;
  }
}

const byPosition = (a: StoredPack, b: StoredPack) =>
  (a.managed?.position ?? 0) - (b.managed?.position ?? 0);

/** The pack in use: the organisation's first, else the one the shopper activated. */
function inUse(all: StoredPack[]): StoredPack | undefined {
  return all.filter((p) => p.managed).sort(byPosition)[0] ?? all.find((p) => p.active);
}

export async function readActivePack(db: IDBPDatabase<GuideDb>): Promise<Pack | null> {
  const active = inUse(await db.getAll('packs'));
  return active ? decode(active) : null;
}

export interface PackSummary {
  /** The stored key: the pack's id, or `policy:<position>` for a managed pack. */
  id: string;
  name: string;
  version: string;
  author: string;
  /** In use: for an imported pack, also that no managed pack overrides it. */
  active: boolean;
  /** The shopper chose it, though a managed pack may be in use instead. */
  chosen: boolean;
  managed: boolean;
  importedAt: number;
  pack: Pack;
}

/** Every stored pack that still reads back, the organisation's first; a damaged one is left out, not fatal. */
export async function listPacks(db: IDBPDatabase<GuideDb>): Promise<PackSummary[]> {
  const all = await db.getAll('packs');
  const used = inUse(all);
  const ordered = [
    ...all.filter((p) => p.managed).sort(byPosition),
    ...all.filter((p) => !p.managed),
  ];
  return ordered.flatMap((stored) => {
    const pack = decode(stored);
    if (!pack) return [];
    const { name, version, author } = pack;
    return [
      {
        id: stored.id,
        name,
        version,
        author,
        active: stored === used,
        chosen: !stored.managed && stored.active,
        managed: !!stored.managed,
        importedAt: stored.importedAt,
        pack,
      },
    ];
  });
}

/**
 * Makes the stored managed packs exactly `packs` (canonical JSON, in policy
 * order), in one transaction. Returns whether anything changed.
 */
export async function replaceManagedPacks(
  db: IDBPDatabase<GuideDb>,
  packs: readonly { position: number; json: string }[],
  now: number,
): Promise<boolean> {
  const tx = db.transaction('packs', 'readwrite');
  const before = (await tx.store.getAll()).filter((p) => p.managed).sort(byPosition);
  const same =
    before.length === packs.length &&
    before.every((p, i) => p.json === packs[i]?.json && p.managed?.position === packs[i]?.position);
  if (!same) {
    for (const old of before) await tx.store.delete(old.id);
    for (const { position, json } of packs) {
      await tx.store.put({
        id: `${MANAGED_KEY}${position}`,
        json,
        active: false,
        importedAt: now,
        managed: { position },
      });
    }
  }
  await tx.done;
  return !same;
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
    if (stored.managed) continue;
    const next = stored.id === id ? active : active ? false : stored.active;
    if (next !== stored.active) await tx.store.put({ ...stored, active: next });
  }
  await tx.done;
}

/** Removes an imported pack; a managed one stays (only its policy can remove it). */
export async function removePack(db: IDBPDatabase<GuideDb>, id: string): Promise<void> {
  if (id.startsWith(MANAGED_KEY))
    throw new Error('A pack set by your organisation cannot be removed');
  await db.delete('packs', id);
}

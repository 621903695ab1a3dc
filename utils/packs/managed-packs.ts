/**
 * Guidance packs an organisation sets through the browser's own policies:
 * Chrome's managed storage (checked against public/managed-schema.json) or
 * Firefox's policies.json (`3rdparty` → `Extensions`, unchecked). Either way
 * the area holds `packs`: a list of packs, each the JSON text of a pack file
 * (Firefox also takes the pack as an object). Each is parsed exactly like an
 * imported file; one with any problem is left out whole and reported, the
 * others apply. Pure: the caller reads the area.
 */
import { dataError, type DataError } from '../data-file/data-error';
import { isRecord } from '../guards/is-record';
import type { Pack } from './pack-schema';
import { parsePack } from './parse-pack';

export interface ManagedPack {
  /** Where it sits in the policy's list (0-based): the first usable one is in use. */
  position: number;
  pack: Pack;
}

export interface ManagedProblem {
  /** Where in the policy's list (0-based), or null when the list itself is wrong. */
  position: number | null;
  errors: DataError[];
}

export interface ManagedPacks {
  packs: ManagedPack[];
  problems: ManagedProblem[];
}

export function readManagedPacks(area: unknown): ManagedPacks {
  const list = isRecord(area) ? area.packs : undefined;
  if (list === undefined) return { packs: [], problems: [] };
  if (!Array.isArray(list)) {
    return {
      packs: [],
      problems: [
        {
          position: null,
          errors: [dataError('$.packs', 'must be a list of guidance packs', 'dataErrorPackList')],
        },
      ],
    };
  }
  const packs: ManagedPack[] = [];
  const problems: ManagedProblem[] = [];
  list.forEach((item: unknown, position) => {
    const parsed = parsePack(item);
    if (!parsed.ok) problems.push({ position, errors: parsed.errors });
    else if (packs.some((p) => p.pack.id === parsed.pack.id)) {
      const { id } = parsed.pack;
      const message = `is "${id}", as an earlier pack's`;
      problems.push({ position, errors: [dataError('$.id', message, 'dataErrorSameId', id)] });
    } else packs.push({ position, pack: parsed.pack });
  });
  return { packs, problems };
}

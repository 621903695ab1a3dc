/**
 * Issue #14: packs an organisation sets by browser policy are checked exactly
 * like an imported file; a bad one is reported and ignored whole, the others
 * apply, the first usable one is in use, and the shopper can neither remove
 * nor switch it off. The policy area is faked here, as Chromium on Linux
 * cannot deliver one to an unpacked extension (README, "Managed packs").
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import { syncManagedPacks } from '@/entrypoints/background/managed-pack-sync';
import { openGuideDb } from '@/utils/db/open-db';
import {
  listPacks,
  readActivePack,
  removePack,
  savePack,
  setPackActive,
} from '@/utils/db/packs-store';
import { exportPack } from '@/utils/packs/export-pack';
import { readManagedPacks } from '@/utils/packs/managed-packs';
import type { Pack } from '@/utils/packs/pack-schema';

const RELABEL = readFileSync(
  new URL('../../../public/packs/relabel-link-card.json', import.meta.url),
  'utf8',
);
const relabel = JSON.parse(RELABEL) as Pack;
const other: Pack = { ...relabel, id: 'team-wording', name: 'Team wording' };
const askingForPin = JSON.stringify({
  ...relabel,
  id: 'phishy',
  labels: { linkCard: { en: 'Send your PIN to support', es: 'Envía tu PIN' } },
});

describe('reading the policy', () => {
  it('finds nothing when no policy names the extension', () => {
    expect(readManagedPacks({})).toEqual({ packs: [], problems: [] });
    expect(readManagedPacks(undefined)).toEqual({ packs: [], problems: [] });
  });

  it('takes pack files as text (Chrome) or as objects (Firefox), in the policy’s order', () => {
    const read = readManagedPacks({ packs: [RELABEL, other] });
    expect(read.problems).toEqual([]);
    expect(read.packs.map((p) => [p.position, p.pack.id])).toEqual([
      [0, 'relabel-link-card'],
      [1, 'team-wording'],
    ]);
  });

  it('reports a bad pack with where it is and what is wrong, and keeps the good ones', () => {
    const read = readManagedPacks({ packs: ['{ not json', askingForPin, RELABEL, RELABEL] });
    expect(read.packs.map((p) => p.position)).toEqual([2]);
    expect(read.problems.map((p) => p.position)).toEqual([0, 1, 3]);
    expect(read.problems[1]!.errors.map((e) => e.path)).toContain('$.labels.linkCard.en');
    expect(read.problems[2]!.errors[0]!.message).toContain('relabel-link-card');
  });

  it('reports a list that is not a list', () => {
    expect(readManagedPacks({ packs: RELABEL })).toEqual({
      packs: [],
      problems: [
        {
          position: null,
          errors: [expect.objectContaining({ path: '$.packs', message: expect.any(String) })],
        },
      ],
    });
  });
});

describe('managed packs in the store', () => {
  beforeEach(freshDb);
  afterEach(freshDb);

  it('win over the pack the shopper activated, and give it back when the policy goes', async () => {
    const db = await openGuideDb();
    await savePack(db, other, exportPack(other), true, 1);
    expect(await syncManagedPacks(db, 2, async () => ({ packs: [RELABEL] }))).toBe(true);
    expect((await readActivePack(db))?.id).toBe('relabel-link-card');
    const listed = await listPacks(db);
    expect(listed.map((p) => [p.name, p.managed, p.active, p.chosen])).toEqual([
      [relabel.name, true, true, false],
      [other.name, false, false, true],
    ]);

    // The same policy again changes nothing; no policy takes the managed pack away.
    expect(await syncManagedPacks(db, 3, async () => ({ packs: [RELABEL] }))).toBe(false);
    expect(await syncManagedPacks(db, 4, async () => ({}))).toBe(true);
    expect((await readActivePack(db))?.id).toBe('team-wording');
    expect((await listPacks(db)).map((p) => p.managed)).toEqual([false]);
  });

  it('cannot be removed or switched off by the shopper', async () => {
    const db = await openGuideDb();
    await syncManagedPacks(db, 1, async () => ({ packs: [RELABEL] }));
    const [managed] = await listPacks(db);
    await expect(removePack(db, managed!.id)).rejects.toThrow('organisation');
    await setPackActive(db, managed!.id, false);
    expect((await readActivePack(db))?.id).toBe('relabel-link-card');
  });

  it('never stores a bad pack, even half', async () => {
    const db = await openGuideDb();
    await syncManagedPacks(db, 1, async () => ({ packs: [askingForPin] }));
    expect(await listPacks(db)).toEqual([]);
    expect(await readActivePack(db)).toBeNull();
  });
});

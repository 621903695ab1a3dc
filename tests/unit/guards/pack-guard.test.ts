/**
 * The zod-free pack guard (used when reading packs back from IndexedDB) holds
 * to the pack zod schema where it must: everything the schema accepts, it
 * accepts; everything it refuses, the import path (parsePack: the JSON gate,
 * which refuses hostile keys, then the schema) refuses. It is a looser
 * re-check by design (packs are fully parsed on import), so it may accept what
 * the schema refuses for its wording or links, never the other way round.
 * The bare schema lets a `__proto__` key through inside `steps`, `labels` or
 * `links` (zod drops it from its output); the gate in front of it and the
 * guard both refuse it. At least 10,000 samples each way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPackData, isSentPack } from '@/utils/guards/pack-guard';
import { packSchema } from '@/utils/packs/pack-schema';
import { parsePack } from '@/utils/packs/parse-pack';
import { mutate, mutationArb, packArb, type Mutation } from '@/tests/unit/packs/pack-arbitraries';
import { FUZZ } from '@/tests/unit/fuzz-budget';

const RUNS = 10_000;

/** Mutations the guard itself must catch: hostile keys, oversized texts, the wrong format version. */
const GUARD_CATCHES: ReadonlySet<Mutation['kind']> = new Set(['hostile', 'huge', 'format-version']);
const guardCaughtArb = mutationArb.filter((m) => GUARD_CATCHES.has(m.kind));

const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('zod-free pack guard (used when reading packs back from IndexedDB)', FUZZ, () => {
  it(`accepts every pack the schema accepts (${RUNS} generated packs)`, () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        expect(packSchema.safeParse(pack).success).toBe(true);
        expect(isPackData(pack)).toBe(true);
        expect(isPackData(asStored(pack))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`refuses what breaks a pack's shape, and the import path refuses it too (${RUNS} mutated packs)`, () => {
    fc.assert(
      fc.property(packArb, guardCaughtArb, (pack, mutation) => {
        const raw = mutate(pack, mutation);
        expect(isPackData(raw)).toBe(false);
        expect(parsePack(raw).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never accepts less than the schema on any mutation (${RUNS} more)`, () => {
    fc.assert(
      fc.property(packArb, mutationArb, (pack, mutation) => {
        const raw = mutate(pack, mutation);
        const guard = isPackData(raw);
        if (parsePack(raw).ok) expect(guard).toBe(true);
        if (!guard) expect(parsePack(raw).ok).toBe(false);
        if (guard) {
          // What the guard lets through is at least shaped like a pack: the fields code reads.
          expect(raw.format).toBe('alipay-card-guide-pack');
          expect(JSON.stringify(raw)).not.toMatch(/"(__proto__|constructor|prototype)"/);
        }
      }),
      { numRuns: RUNS },
    );
    expect(isPackData(null)).toBe(false);
    expect(isPackData(JSON.parse('{"__proto__":{"x":1},"format":"alipay-card-guide-pack"}'))).toBe(
      false,
    );
    expect(
      isPackData({
        format: 'alipay-card-guide-pack',
        formatVersion: 2,
        id: 'a',
        name: 'a',
        version: '1.0.0',
        author: 'a',
      }),
    ).toBe(false);
  });

  it('accepts every pack the full parser accepts (the import path)', () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        const parsed = parsePack(JSON.stringify(pack));
        if (parsed.ok) expect(isPackData(parsed.pack)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('checks a pack the background sent for what the guide reads of it, and accepts every valid pack', () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        expect(isSentPack(pack)).toBe(true);
        expect(isSentPack(asStored(pack))).toBe(true);
      }),
      { numRuns: 500 },
    );
    const pack = { id: 'team', version: '1.0.0', name: 'Team' };
    expect(isSentPack(pack)).toBe(true);
    for (const broken of [null, [pack], { ...pack, name: 7 }, { ...pack, steps: ['sync'] }]) {
      expect(isSentPack(broken)).toBe(false);
    }
  });
});

// Issue: "thousands of generated and mutated packs: no crash, no prototype
// pollution, every rejection names a path; export → import round-trips to an
// identical pack."
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exportPack } from '@/utils/packs/export-pack';
import { parsePack, type ParsePackResult } from '@/utils/packs/parse-pack';
import { ALWAYS_REJECTED, mutate, mutationArb, packArb } from './pack-arbitraries';
import { FUZZ } from '../fuzz-budget';

const RUNS = 2000;
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
});

function expectLocatedErrors(result: ParsePackResult): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path).toMatch(/^\$/);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

/** Independent of the schema: what an accepted pack must never contain. */
function expectSafe(result: ParsePackResult): void {
  if (!result.ok) return;
  const json = JSON.stringify(result.pack);
  expect(json).not.toMatch(/[<>]/);
  expect(json).not.toMatch(/__proto__|"constructor"|"prototype"/);
  for (const link of Object.values(result.pack.links ?? {})) {
    const url = new URL(link);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toMatch(/(^|\.)(aliexpress|alipay)\.com$/);
  }
}

describe('generated packs', FUZZ, () => {
  it('parse as themselves, from an object and from JSON text', () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        const fromObject = parsePack(pack);
        const fromText = parsePack(JSON.stringify(pack));
        expect(fromObject).toEqual({ ok: true, pack });
        expect(fromText).toEqual({ ok: true, pack });
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trip through export: identical pack, byte-identical re-export', () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        const exported = exportPack(pack);
        const imported = parsePack(exported);
        if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
        expect(imported.pack).toEqual(pack);
        expect(exportPack(imported.pack)).toBe(exported);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('mutated packs', FUZZ, () => {
  it('never crash or pollute; every rejection names a path; hostile mutations are rejected', () => {
    fc.assert(
      fc.property(packArb, mutationArb, fc.boolean(), (pack, mutation, asText) => {
        const mutated = mutate(pack, mutation);
        const result = parsePack(asText ? JSON.stringify(mutated) : mutated);
        expectLocatedErrors(result);
        expectSafe(result);
        if (ALWAYS_REJECTED.has(mutation.kind)) expect(result.ok).toBe(false);
        if (mutation.kind === 'hostile' && !result.ok) {
          expect(result.errors.some((e) => e.path.includes(mutation.key))).toBe(true);
        }
        if (result.ok) expect(parsePack(exportPack(result.pack))).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('survive arbitrary JSON and arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }), fc.string()),
        (value) => {
          const result = parsePack(value);
          expect(result.ok).toBe(false);
          expectLocatedErrors(result);
          if (typeof value !== 'string')
            expectLocatedErrors(parsePack(JSON.stringify(value) ?? 'undefined'));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

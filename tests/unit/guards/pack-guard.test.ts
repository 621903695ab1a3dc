import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPackData } from '@/utils/guards/pack-guard';
import { parsePack } from '@/utils/packs/parse-pack';
import { mutate, mutationArb, packArb } from '@/tests/unit/packs/pack-arbitraries';
import { FUZZ } from '@/tests/unit/fuzz-budget';

describe('zod-free pack guard (used when reading packs back from IndexedDB)', FUZZ, () => {
  it('accepts every pack the full parser accepts', () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        const parsed = parsePack(JSON.stringify(pack));
        if (parsed.ok) expect(isPackData(parsed.pack)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts a value with a hostile key or the wrong format, whatever else it holds', () => {
    fc.assert(
      fc.property(packArb, mutationArb, (pack, mutation) => {
        const raw = JSON.parse(JSON.stringify(mutate(pack, mutation))) as unknown;
        if (isPackData(raw)) {
          // What the guard lets through is at least shaped like a pack: the fields code reads.
          expect(raw.format).toBe('alipay-card-guide-pack');
          expect(JSON.stringify(raw)).not.toMatch(/"(__proto__|constructor|prototype)"/);
        }
      }),
      { numRuns: 500 },
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
});

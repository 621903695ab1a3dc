/**
 * The zod-free diagnostic guard holds to diagnosticSchema's verdicts: named
 * cases, then at least 10,000 generated notes each way and 10,000 hostile
 * values on which they must agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticSchema } from '@/utils/diagnostics/diagnostic-schema';
import { STEP_IDS } from '@/utils/flow/steps';
import { isDiagnostic } from '@/utils/guards/diagnostic-guard';
import { HOSTILE_KEYS } from '@/utils/guards/hostile-keys';
import { SITES } from '@/utils/site/sites';
import { FUZZ } from '@/tests/unit/fuzz-budget';
import { NOTE_FIELDS } from '../diagnostic-fixture';

const RUNS = 10_000;

const note = { at: 1, ...NOTE_FIELDS };

const agrees = (x: unknown) => isDiagnostic(x) === diagnosticSchema.safeParse(x).success;

const labelArb = fc.stringMatching(/^[a-zA-Z0-9]{1,40}$/);
const timeArb = fc.double({ noNaN: true, noDefaultInfinity: true });
const noteArb = fc.record({
  at: timeArb,
  site: fc.constantFrom(...SITES),
  pageId: fc.option(fc.string({ maxLength: 64 }), { nil: null }),
  step: fc.option(fc.constantFrom(...STEP_IDS), { nil: null }),
  expected: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
  found: fc.array(labelArb, { maxLength: 8 }),
  missing: fc.array(labelArb, { maxLength: 8 }),
});

function withKey(target: object, key: string, value: unknown): object {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

type Note = Record<string, unknown>;
const breakArb: fc.Arbitrary<(n: Note) => unknown> = fc.oneof(
  fc.constantFrom<(n: Note) => unknown>(
    () => null,
    () => [],
    (n) => ({ ...n, at: Number.NaN }),
    (n) => ({ ...n, at: Number.POSITIVE_INFINITY }),
    (n) => ({ ...n, at: '1' }),
    (n) => ({ ...n, site: 'mail' }),
    (n) => ({ ...n, site: '' }),
    (n) => ({ ...n, pageId: 'p'.repeat(65) }),
    (n) => ({ ...n, pageId: undefined }),
    (n) => ({ ...n, step: 'pay' }),
    (n) => ({ ...n, expected: 'e'.repeat(41) }),
    (n) => ({ ...n, found: ['Hello Juan Carlos'] }),
    (n) => ({ ...n, found: [''] }),
    (n) => ({ ...n, missing: Array.from({ length: 65 }, () => 'a') }),
    (n) => ({ ...n, missing: 'connect' }),
    (n) => ({ ...n, url: 'http://x' }),
  ),
  fc.constantFrom(...HOSTILE_KEYS).map((key) => (n: Note) => withKey(n, key, {})),
);

describe('zod-free diagnostic guard', () => {
  it.each<[string, unknown]>([
    ['a note', note],
    ['no page', { ...note, pageId: null, step: null, expected: null }],
    ['page text smuggled into found', { ...note, found: ['Hello Juan Carlos'] }],
    ['unknown site', { ...note, site: 'mail' }],
    ['extra field', { ...note, url: 'http://x' }],
    ['time as text', { ...note, at: 'now' }],
    ['NaN time', { ...note, at: Number.NaN }],
    ['infinite time', { ...note, at: Number.NEGATIVE_INFINITY }],
    ['__proto__ key', JSON.parse(`{"__proto__":{},${JSON.stringify(note).slice(1)}`)],
  ])('agrees with zod on %s', (_name, sample) => {
    expect(agrees(sample)).toBe(true);
  });
});

describe('zod-free diagnostic guard, fuzzed', FUZZ, () => {
  it(`accepts ${RUNS} valid notes, as the schema does`, () => {
    fc.assert(
      fc.property(noteArb, (n) => {
        expect(diagnosticSchema.safeParse(n).success).toBe(true);
        expect(isDiagnostic(n)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`refuses ${RUNS} broken notes, as the schema does`, () => {
    fc.assert(
      fc.property(noteArb, breakArb, (n, breakIt) => {
        const broken = breakIt(n);
        expect(diagnosticSchema.safeParse(broken).success).toBe(false);
        expect(isDiagnostic(broken)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`agrees on ${RUNS} hostile values`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ maxDepth: 2 }),
          fc
            .tuple(noteArb, fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }))
            .map(([n, key, value]) => withKey(n, key, value)),
          noteArb.map((n) => Object.assign(Object.create(null) as object, n)),
        ),
        (x) => {
          expect(agrees(x)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

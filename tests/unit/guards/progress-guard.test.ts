/**
 * The zod-free progress guards hold to their zod schemas' verdicts (issue #12):
 * at least 10,000 generated samples each way (accepted by both, refused by
 * both), plus 10,000 hostile ones on which they must simply agree. The same
 * samples hold the stored-record reader to the stored guard: a record it reads
 * without setting anything aside is exactly one the guard accepts, and reading
 * then writing back a valid record keeps every field, known or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import { progressSchema, storedProgressSchema } from '@/utils/flow/progress-schema';
import { isProgress, isStoredProgress } from '@/utils/guards/progress-guard';
import { isRecord } from '@/utils/guards/is-record';
import { decodeStoredProgress, encodeStoredProgress } from '@/utils/db/read-progress';
import { FUZZ } from '@/tests/unit/fuzz-budget';
import {
  breakArb,
  HUGE,
  hostileArb,
  progressArb,
  storedProgressArb,
  withKey,
} from './progress-arbitraries';

const RUNS = 10_000;

const full = reduceProgress(emptyProgress(), {
  type: 'page-seen',
  at: 5,
  site: 'alipay',
  pageId: 'ap-profile',
  url: 'https://www.alipay.com/p',
  evidence: ['set-pin'],
});

const strictAgrees = (x: unknown) => isProgress(x) === progressSchema.safeParse(x).success;
const storedAgrees = (x: unknown) =>
  isStoredProgress(x) === storedProgressSchema.safeParse(x).success;

/** The reader sets nothing aside and finds every known field ⇔ the stored guard accepts. */
function readerAgrees(x: unknown): boolean {
  const decoded = decodeStoredProgress(x);
  const whole =
    isRecord(x) && ['steps', 'lastPage', 'pageUrls', 'updatedAt'].every((k) => x[k] !== undefined);
  return isStoredProgress(x) === (whole && decoded.unreadable.length === 0);
}

const SAMPLES: [string, unknown][] = [
  ['empty progress', emptyProgress()],
  ['progress with steps and a last page', full],
  ['null', null],
  ['an array', []],
  ['missing steps', { ...full, steps: undefined }],
  ['unknown step', { ...full, steps: { pay: { how: 'seen', at: 1 } } }],
  ['bad how', { ...full, steps: { sync: { how: 'guessed', at: 1 } } }],
  ['time as text', { ...full, steps: { sync: { how: 'seen', at: '1' } } }],
  ['NaN time', { ...full, steps: { sync: { how: 'seen', at: Number.NaN } } }],
  ['infinite updatedAt', { ...full, updatedAt: Number.POSITIVE_INFINITY }],
  ['last page as text', { ...full, lastPage: 'ap-profile' }],
  ['last page on no site', { ...full, lastPage: { site: 'mail', pageId: 'x', at: 1 } }],
  ['page url as number', { ...full, pageUrls: { x: 1 } }],
  ['no updatedAt', { ...full, updatedAt: undefined }],
  ['an extra field', { ...full, futureField: 1 }],
  ['an extra field in a step', { ...full, steps: { sync: { how: 'seen', at: 1, proof: 'x' } } }],
  [
    '__proto__ at the top',
    JSON.parse('{"steps":{},"lastPage":null,"pageUrls":{},"updatedAt":0,"__proto__":{}}'),
  ],
  [
    '__proto__ page url',
    JSON.parse('{"steps":{},"lastPage":null,"pageUrls":{"__proto__":"x"},"updatedAt":0}'),
  ],
  [
    'empty and huge strings',
    { ...full, lastPage: { site: 'alipay', pageId: '', at: 0 }, pageUrls: { '': HUGE } },
  ],
];

describe('zod-free progress guards', () => {
  it.each(SAMPLES)('agree with their zod schemas on %s', (_name, sample) => {
    expect(strictAgrees(sample)).toBe(true);
    expect(storedAgrees(sample)).toBe(true);
    expect(readerAgrees(sample)).toBe(true);
  });
});

describe('zod-free progress guards, fuzzed', FUZZ, () => {
  it(`accept what their schemas accept (${RUNS} valid records each)`, () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(progressSchema.safeParse(p).success).toBe(true);
        expect(isProgress(p)).toBe(true);
        expect(isStoredProgress(p)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(storedProgressArb, (p) => {
        const parsed = storedProgressSchema.safeParse(p);
        expect(parsed.success).toBe(true);
        expect(isStoredProgress(p)).toBe(true);
        // Unknown keys are preserved by the schema, and by reading then writing back.
        expect(parsed.data).toEqual(p);
        const decoded = decodeStoredProgress(p);
        expect(decoded.unreadable).toEqual([]);
        expect(encodeStoredProgress(decoded.progress, decoded)).toEqual(p);
        expect(isProgress(decoded.progress)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`refuse what their schemas refuse (${RUNS} broken records each)`, () => {
    fc.assert(
      fc.property(progressArb, breakArb, (p, breakIt) => {
        const broken = breakIt(p);
        expect(progressSchema.safeParse(broken).success).toBe(false);
        expect(isProgress(broken)).toBe(false);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(storedProgressArb, breakArb, (p, breakIt) => {
        const broken = breakIt(p);
        expect(storedProgressSchema.safeParse(broken).success).toBe(false);
        expect(isStoredProgress(broken)).toBe(false);
        expect(readerAgrees(broken)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`agree on ${RUNS} hostile values, and the reader never lets a hostile key through`, () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(hostileArb, (x) => {
        expect(strictAgrees(x)).toBe(true);
        expect(storedAgrees(x)).toBe(true);
        expect(readerAgrees(x)).toBe(true);
        const decoded = decodeStoredProgress(x);
        expect(isProgress(decoded.progress)).toBe(true);
        const written = encodeStoredProgress(decoded.progress, decoded);
        expect(isStoredProgress(written)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keep a hostile key out even when it is the only thing wrong', () => {
    const clean = { steps: {}, lastPage: null, pageUrls: {}, updatedAt: 0 };
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const dirty = withKey(clean, key, {});
      expect(isStoredProgress(dirty)).toBe(false);
      expect(storedProgressSchema.safeParse(dirty).success).toBe(false);
    }
  });
});

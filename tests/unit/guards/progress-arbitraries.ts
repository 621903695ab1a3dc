/**
 * fast-check arbitraries for stored and transmitted progress: valid records,
 * records with fields a newer release might add, mutations that always break
 * a record, and hostile values (hostile keys, NaN/Infinity times, a last page
 * on no site, empty and huge strings, null prototypes, anything at all).
 */
import fc from 'fast-check';
import { STEP_IDS } from '@/utils/flow/steps';
import { HOSTILE_KEYS } from '@/utils/guards/hostile-keys';
import { SITES } from '@/utils/site/sites';

export const HUGE = 'x'.repeat(100_000);
const HOWS = ['seen', 'implied', 'manual'] as const;

/** Finite numbers, -0 and the extremes included. */
export const timeArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE),
);
const notTimeArb = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '1',
  null,
  true,
  undefined,
  {},
);
const textArb = fc.oneof(
  { weight: 8, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constant(HUGE) },
);
const hostileKeyArb = fc.constantFrom(...HOSTILE_KEYS);
/** A key that is neither hostile nor one of `known`. */
const otherKeyArb = (known: readonly string[]) =>
  fc.string({ maxLength: 12 }).filter((k) => !HOSTILE_KEYS.has(k) && !known.includes(k));
const jsonArb = fc.jsonValue({ maxDepth: 2 });

/** Defines an own property, the way JSON.parse and structured clone do, even for `__proto__`. */
export function withKey<T extends object>(target: T, key: string, value: unknown): T {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const stepDoneArb = fc.record({ how: fc.constantFrom(...HOWS), at: timeArb });
const lastPageArb = fc.record({ site: fc.constantFrom(...SITES), pageId: textArb, at: timeArb });
const safeDict = <V>(keys: fc.Arbitrary<string>, values: fc.Arbitrary<V>) =>
  fc.dictionary(
    keys.filter((k) => !HOSTILE_KEYS.has(k)),
    values,
    {
      maxKeys: 5,
      noNullPrototype: true,
    },
  );

/** Valid under the strict protocol schema (and so under the stored one). */
export const progressArb = fc.record({
  steps: safeDict(fc.constantFrom(...STEP_IDS), stepDoneArb),
  lastPage: fc.option(lastPageArb, { nil: null }),
  pageUrls: safeDict(textArb, textArb),
  updatedAt: timeArb,
});

const extrasArb = (known: readonly string[]) => safeDict(otherKeyArb(known), jsonArb);

/** Valid stored records with what a newer release might add, at every level. */
export const storedProgressArb = fc
  .tuple(
    progressArb,
    extrasArb(['steps', 'lastPage', 'pageUrls', 'updatedAt']),
    extrasArb(STEP_IDS),
    fc.array(extrasArb(['how', 'at']), { minLength: 5, maxLength: 5 }),
    extrasArb(['site', 'pageId', 'at']),
  )
  .map(([progress, top, unknownSteps, stepFields, lastPageFields]) => {
    const steps: Record<string, unknown> = { ...unknownSteps };
    STEP_IDS.forEach((step, i) => {
      const done = progress.steps[step];
      if (done) steps[step] = { ...stepFields[i], ...done };
    });
    return {
      ...top,
      ...progress,
      steps,
      lastPage: progress.lastPage && { ...lastPageFields, ...progress.lastPage },
    };
  });

type Sample = Record<string, unknown>;

/** Mutations that no reading accepts, strict or stored. */
export const breakArb: fc.Arbitrary<(p: Sample) => unknown> = fc.oneof(
  fc.constantFrom<(p: Sample) => unknown>(
    () => null,
    () => [],
    () => 'progress',
    () => 42,
    (p) => [p],
    (p) => ({ ...p, steps: undefined }),
    (p) => ({ ...p, steps: null }),
    (p) => ({ ...p, steps: [] }),
    (p) => ({ ...p, lastPage: undefined }),
    (p) => ({ ...p, lastPage: 'ap-profile' }),
    (p) => ({ ...p, pageUrls: undefined }),
    (p) => ({ ...p, pageUrls: [] }),
    (p) => ({ ...p, updatedAt: undefined }),
  ),
  fc
    .record({ step: fc.constantFrom(...STEP_IDS), at: notTimeArb })
    .map(({ step, at }) => (p: Sample) => ({
      ...p,
      steps: { ...(p.steps as object), [step]: { how: 'seen', at } },
    })),
  fc
    .record({ step: fc.constantFrom(...STEP_IDS), how: fc.constantFrom('guessed', '', HUGE, null) })
    .map(({ step, how }) => (p: Sample) => ({
      ...p,
      steps: { ...(p.steps as object), [step]: { how, at: 1 } },
    })),
  fc
    .record({ step: fc.constantFrom(...STEP_IDS), value: fc.constantFrom('garbage', 1, null, []) })
    .map(({ step, value }) => (p: Sample) => ({
      ...p,
      steps: { ...(p.steps as object), [step]: value },
    })),
  fc
    .record({
      site: fc.constantFrom('mail', '', 'ALIPAY', HUGE, null),
      pageId: textArb,
    })
    .map(({ site, pageId }) => (p: Sample) => ({ ...p, lastPage: { site, pageId, at: 1 } })),
  notTimeArb.map((at) => (p: Sample) => ({
    ...p,
    lastPage: { site: 'alipay', pageId: 'x', at },
  })),
  notTimeArb.map((updatedAt) => (p: Sample) => ({ ...p, updatedAt })),
  fc
    .record({ key: textArb, value: fc.constantFrom(1, null, {}, [], true) })
    .map(({ key, value }) => (p: Sample) => ({
      ...p,
      pageUrls: withKey(p.pageUrls as object, key, value),
    })),
  // Hostile keys, where the strict schema refuses any extra key too.
  fc
    .record({ key: hostileKeyArb, where: fc.constantFrom('top', 'lastPage', 'step') })
    .map(({ key, where }) => (p: Sample) => {
      if (where === 'top') return withKey(p, key, { polluted: true });
      if (where === 'lastPage') {
        return { ...p, lastPage: withKey({ site: 'alipay', pageId: 'x', at: 1 }, key, 1) };
      }
      return {
        ...p,
        steps: { ...(p.steps as object), sync: withKey({ how: 'seen', at: 1 }, key, 1) },
      };
    }),
);

/** Anything at all: extra keys anywhere, hostile keys anywhere, null prototypes, arbitrary values. */
export const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.tuple(storedProgressArb, breakArb).map(([p, breakIt]) => breakIt(p)),
  fc
    .tuple(
      storedProgressArb,
      fc.oneof(hostileKeyArb, otherKeyArb([]), fc.constantFrom('', HUGE, 'pay', 'steps')),
      fc.constantFrom('top', 'steps', 'sync', 'lastPage', 'pageUrls'),
      fc.oneof(jsonArb, notTimeArb, fc.constant(undefined)),
    )
    .map(([p, key, where, value]) => {
      const sample = p as Sample;
      switch (where) {
        case 'top':
          return withKey(sample, key, value);
        case 'steps':
          return { ...sample, steps: withKey(sample.steps as object, key, value) };
        case 'sync':
          return {
            ...sample,
            steps: {
              ...(sample.steps as object),
              sync: withKey({ how: 'seen', at: 1 }, key, value),
            },
          };
        case 'lastPage':
          return {
            ...sample,
            lastPage: withKey({ site: 'aliexpress', pageId: '', at: -0 }, key, value),
          };
        default:
          return { ...sample, pageUrls: withKey(sample.pageUrls as object, key, value) };
      }
    }),
  progressArb.map((p) => Object.assign(Object.create(null) as object, p)),
  progressArb.map((p) => ({ ...p, steps: { ...p.steps, sync: undefined } })),
);

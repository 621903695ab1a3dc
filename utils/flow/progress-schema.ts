/**
 * The stored and transmitted shape of a shopper's progress. Parsed with zod
 * whenever it crosses a boundary (IndexedDB, messages), so a damaged record is
 * noticed instead of rendered.
 *
 * Two readings of the same shape:
 * - `progressSchema` is strict: what the background replies and pushes, which
 *   carries the fields this release knows and nothing else;
 * - `storedProgressSchema` is what may sit in IndexedDB: the same known fields,
 *   but unknown keys (a newer release's fields, a step this release does not
 *   know) are accepted and preserved, so reading and writing back never loses
 *   them. Hostile keys (`__proto__`, `constructor`, `prototype`) and anything
 *   that is not a plain record are refused at every level.
 * utils/guards/progress-guard.ts mirrors both, zod-free; a fuzz test holds
 * them to the same verdicts.
 */
import { z } from 'zod/mini';
import { HOSTILE_KEYS } from '../guards/hostile-keys';
import { isRecord } from '../guards/is-record';
import { SITES } from '../site/sites';
import { STEP_IDS, type StepId } from './steps';

/** A plain record without hostile keys: checked on the input, before zod copies it (and drops `__proto__`). */
const safeRecord = z.custom<unknown>(
  (x) => isRecord(x) && Object.keys(x).every((k) => !HOSTILE_KEYS.has(k)),
);

function stored<S extends z.ZodMiniType>(schema: S) {
  return z.pipe(safeRecord, schema);
}

/** How a step came to be done: seen on the page, implied by a later step, or marked by hand. */
export const doneHowSchema = z.enum(['seen', 'implied', 'manual']);

export const stepDoneSchema = z.strictObject({
  how: doneHowSchema,
  at: z.number(),
});

export const lastPageSchema = z.strictObject({
  site: z.enum(SITES),
  pageId: z.string(),
  at: z.number(),
});

export const progressSchema = z.strictObject({
  steps: stored(z.partialRecord(z.enum(STEP_IDS), stepDoneSchema)),
  lastPage: z.nullable(lastPageSchema),
  /**
   * Page id → origin + path of where it was last seen (never a query string).
   * Hostile keys are refused on the input: zod's record would silently drop a
   * `__proto__` key and accept the rest (found by the guard fuzz test).
   */
  pageUrls: stored(z.record(z.string(), z.string())),
  updatedAt: z.number(),
});

export type DoneHow = z.infer<typeof doneHowSchema>;
export type StepDone = z.infer<typeof stepDoneSchema>;
export type Progress = z.infer<typeof progressSchema>;

export const storedStepDoneSchema = stored(z.looseObject({ how: doneHowSchema, at: z.number() }));

export const storedLastPageSchema = stored(
  z.looseObject({ site: z.enum(SITES), pageId: z.string(), at: z.number() }),
);

const storedStep = z.optional(storedStepDoneSchema);

/** Known steps must read as done steps; a step id this release does not know is kept as it is. */
export const storedStepsSchema = stored(
  z.looseObject(
    Object.fromEntries(STEP_IDS.map((step) => [step, storedStep])) as Record<
      StepId,
      typeof storedStep
    >,
  ),
);

export const storedProgressSchema = stored(
  z.looseObject({
    steps: storedStepsSchema,
    lastPage: z.nullable(storedLastPageSchema),
    pageUrls: stored(z.record(z.string(), z.string())),
    updatedAt: z.number(),
  }),
);

export type StoredProgress = z.infer<typeof storedProgressSchema>;

/**
 * The stored and transmitted shape of a shopper's progress. Parsed with zod
 * whenever it crosses a boundary (IndexedDB, messages), so a damaged record is
 * noticed instead of rendered.
 */
import { z } from 'zod/mini';
import { SITES } from '../site/sites';
import { STEP_IDS } from './steps';

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
  steps: z.partialRecord(z.enum(STEP_IDS), stepDoneSchema),
  lastPage: z.nullable(lastPageSchema),
  /** Page id → origin + path of where it was last seen (never a query string). */
  pageUrls: z.record(z.string(), z.string()),
  updatedAt: z.number(),
});

export type DoneHow = z.infer<typeof doneHowSchema>;
export type StepDone = z.infer<typeof stepDoneSchema>;
export type Progress = z.infer<typeof progressSchema>;

/**
 * The event log's entries, derived purely from a progress change. The log says
 * what was seen when — page ids, step ids, error ids — and never page content.
 */
import { z } from 'zod/mini';
import { STEP_IDS } from './steps';
import { doneHowSchema, type Progress } from './progress-schema';
import type { ProgressAction } from './progress';
import { newlyDone } from './progress';

export const guideEventSchema = z.union([
  z.strictObject({ kind: z.literal('page'), at: z.number(), pageId: z.string() }),
  z.strictObject({
    kind: z.literal('error'),
    at: z.number(),
    pageId: z.nullable(z.string()),
    errorId: z.string(),
  }),
  z.strictObject({
    kind: z.literal('step-done'),
    at: z.number(),
    step: z.enum(STEP_IDS),
    how: doneHowSchema,
  }),
  z.strictObject({
    kind: z.literal('step-undone'),
    at: z.number(),
    step: z.enum(STEP_IDS),
    /** `page`: a page showed the step is not done (the card list was empty…); else the shopper undid it. */
    cause: z.optional(z.literal('page')),
  }),
  z.strictObject({ kind: z.literal('reset'), at: z.number() }),
]);
export type GuideEvent = z.infer<typeof guideEventSchema>;

/** Errors the page shows, reported with a page visit; not part of progress itself. */
export function eventsFor(
  before: Progress,
  after: Progress,
  action: ProgressAction,
  errors: readonly string[] = [],
): GuideEvent[] {
  const at = action.at;
  const events: GuideEvent[] = [];
  if (action.type === 'reset') return [{ kind: 'reset', at }];
  if (action.type === 'page-seen' && action.pageId && before.lastPage?.pageId !== action.pageId) {
    events.push({ kind: 'page', at, pageId: action.pageId });
  }
  if (action.type === 'page-seen') {
    for (const errorId of errors)
      events.push({ kind: 'error', at, pageId: action.pageId, errorId });
  }
  for (const step of newlyDone(before, after)) {
    const how = after.steps[step]?.how ?? 'seen';
    events.push({ kind: 'step-done', at, step, how });
  }
  for (const step of newlyDone(after, before)) {
    events.push(
      action.type === 'page-seen'
        ? { kind: 'step-undone', at, step, cause: 'page' }
        : { kind: 'step-undone', at, step },
    );
  }
  return events;
}

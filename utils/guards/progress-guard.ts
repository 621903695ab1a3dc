/**
 * A zod-free check that a value has the shape of Progress, for the content
 * script and the popup (their size budgets have no room for zod). A unit test
 * holds it to the same verdicts as `progressSchema` on valid and broken samples.
 */
import type { Progress, StepDone } from '../flow/progress-schema';
import { isStepId } from '../flow/steps';
import { isRecord } from './is-record';

const HOWS = ['seen', 'implied', 'manual'];

/** A done step: exactly `how` and `at`, as the strict zod schema has it. */
export function isStepDone(x: unknown): x is StepDone {
  return (
    isRecord(x) &&
    typeof x.at === 'number' &&
    HOWS.includes(x.how as string) &&
    Object.keys(x).length === 2
  );
}

function isLastPage(x: unknown): boolean {
  return (
    x === null ||
    (isRecord(x) &&
      typeof x.site === 'string' &&
      typeof x.pageId === 'string' &&
      typeof x.at === 'number')
  );
}

export function isProgress(x: unknown): x is Progress {
  return (
    isRecord(x) &&
    typeof x.updatedAt === 'number' &&
    isRecord(x.steps) &&
    isRecord(x.pageUrls) &&
    isLastPage(x.lastPage) &&
    Object.values(x.pageUrls).every((u) => typeof u === 'string') &&
    Object.entries(x.steps).every(([step, done]) => isStepId(step) && isStepDone(done))
  );
}

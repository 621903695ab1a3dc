/**
 * Zod-free checks that a value has the shape of Progress, for the content
 * script and the popup (their size budgets have no room for zod). A fuzz test
 * (tests/unit/guards/progress-guard.test.ts) holds each to the same verdicts
 * as its zod schema in utils/flow/progress-schema.ts:
 * - `isProgress` ↔ `progressSchema`: strict, what the protocol carries;
 * - `isStoredProgress` ↔ `storedProgressSchema`: what may sit in IndexedDB,
 *   unknown keys allowed (a newer release's fields), hostile keys refused.
 * Times are finite numbers, as `z.number()` has them (no NaN, no ±Infinity).
 */
import type { Progress, StepDone, StoredProgress } from '../flow/progress-schema';
import { isStepId, STEP_IDS } from '../flow/steps';
import { SITES } from '../site/sites';
import { HOSTILE_KEYS } from './hostile-keys';
import { isRecord } from './is-record';

const HOWS: readonly unknown[] = ['seen', 'implied', 'manual'];
const SITE_LIST: readonly unknown[] = SITES;

const hasExactly = (x: Record<string, unknown>, keys: number) => Object.keys(x).length === keys;
const isTime = (x: unknown): x is number => Number.isFinite(x);
const allStrings = (x: Record<string, unknown>) =>
  Object.values(x).every((u) => typeof u === 'string');

/** A done step: exactly `how` and `at`, as the strict zod schema has it. */
export function isStepDone(x: unknown): x is StepDone {
  return isRecord(x) && HOWS.includes(x.how) && isTime(x.at) && hasExactly(x, 2);
}

function lastPageFields(x: Record<string, unknown>): boolean {
  return SITE_LIST.includes(x.site) && typeof x.pageId === 'string' && isTime(x.at);
}

/** Strict: the four fields of Progress and nothing else, at every level. */
export function isProgress(x: unknown): x is Progress {
  return (
    isRecord(x) &&
    hasExactly(x, 4) &&
    isTime(x.updatedAt) &&
    isSafeRecord(x.steps) &&
    Object.entries(x.steps).every(([step, done]) => isStepId(step) && isStepDone(done)) &&
    (x.lastPage === null ||
      (isRecord(x.lastPage) && hasExactly(x.lastPage, 3) && lastPageFields(x.lastPage))) &&
    isSafeRecord(x.pageUrls) &&
    allStrings(x.pageUrls)
  );
}

/** A plain record with no key that reaches the prototype chain. */
export function isSafeRecord(x: unknown): x is Record<string, unknown> {
  return isRecord(x) && Object.keys(x).every((k) => !HOSTILE_KEYS.has(k));
}

/** A stored done step: `how` and `at` readable; other keys kept as they are. */
export function isStoredStepDone(x: unknown): boolean {
  return isSafeRecord(x) && HOWS.includes(x.how) && isTime(x.at);
}

export function isStoredLastPage(x: unknown): boolean {
  return isSafeRecord(x) && lastPageFields(x);
}

/** Known step ids read as done steps (or are absent); unknown step ids may hold anything. */
export function isStoredSteps(x: unknown): boolean {
  return isSafeRecord(x) && STEP_IDS.every((s) => x[s] === undefined || isStoredStepDone(x[s]));
}

export function isStoredPageUrls(x: unknown): boolean {
  return isSafeRecord(x) && allStrings(x);
}

export function isStoredProgress(x: unknown): x is StoredProgress {
  return (
    isSafeRecord(x) &&
    isStoredSteps(x.steps) &&
    (x.lastPage === null || isStoredLastPage(x.lastPage)) &&
    isStoredPageUrls(x.pageUrls) &&
    isTime(x.updatedAt)
  );
}

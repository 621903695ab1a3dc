/**
 * The progress reducer: pure, synchronous, and the only place that decides
 * what a report or a click does to the checklist.
 */
import type { Site } from '../site/sites';
import type { DoneHow, Progress } from './progress-schema';
import { STEP_IDS, stepIndex, type StepId } from './steps';

// Progress types come from the zod schemas, but as types only: the content
// script imports this file and must not carry zod (see the bundle budgets).

export function emptyProgress(): Progress {
  return { steps: {}, lastPage: null, pageUrls: {}, updatedAt: 0 };
}

export type ProgressAction =
  | {
      type: 'page-seen';
      at: number;
      site: Site;
      pageId: string | null;
      url: string | null;
      evidence: StepId[];
      /** Steps the page shows are not done: re-opened with every step after them. */
      disproved?: StepId[];
      /** Steps the page plainly asks for: a mark re-opened, the steps before implied. */
      asked?: StepId[];
    }
  | { type: 'mark-done'; at: number; step: StepId }
  | { type: 'undo'; at: number; step: StepId }
  | { type: 'reset'; at: number };

export type StepState = 'done' | 'current' | 'pending';

export interface StepView {
  step: StepId;
  state: StepState;
  how?: DoneHow;
  at?: number;
}

/** Marks `step` done as `how`, and every earlier step not yet done as implied. */
function markDone(progress: Progress, step: StepId, how: DoneHow, at: number): Progress {
  const steps = { ...progress.steps };
  const current = steps[step];
  // Seeing a step upgrades a hand mark or an implication; nothing downgrades "seen".
  if (
    !current ||
    (how === 'seen' && current.how !== 'seen') ||
    (how === 'manual' && current.how === 'implied')
  ) {
    steps[step] = { how, at };
  }
  for (const earlier of STEP_IDS.slice(0, stepIndex(step))) {
    steps[earlier] ??= { how: 'implied', at };
  }
  return { ...progress, steps };
}

/**
 * A page asks for `step` (issue #11): implied and manual marks never hide what a
 * page plainly asks for, so such a mark is re-opened, unless a later step was
 * seen (then the step was done, whatever this page shows). The site shows the
 * page only once the steps before are done: those are implied.
 */
function askedFor(progress: Progress, step: StepId, at: number): Progress {
  const mark = progress.steps[step];
  const laterSeen = STEP_IDS.slice(stepIndex(step) + 1).some(
    (s) => progress.steps[s]?.how === 'seen',
  );
  const next = mark && mark.how !== 'seen' && !laterSeen ? reopen(progress, step) : progress;
  const steps = { ...next.steps };
  for (const earlier of STEP_IDS.slice(0, stepIndex(step)))
    steps[earlier] ??= { how: 'implied', at };
  return { ...next, steps };
}

/** Undoes `step` and every step after it (a later step cannot stand without it). */
function reopen(progress: Progress, step: StepId): Progress {
  if (!STEP_IDS.slice(stepIndex(step)).some((s) => progress.steps[s])) return progress;
  const steps = { ...progress.steps };
  for (const later of STEP_IDS.slice(stepIndex(step))) delete steps[later];
  return { ...progress, steps };
}

export function reduceProgress(progress: Progress, action: ProgressAction): Progress {
  switch (action.type) {
    case 'page-seen': {
      let next: Progress = {
        ...progress,
        updatedAt: action.at,
        lastPage: action.pageId
          ? { site: action.site, pageId: action.pageId, at: action.at }
          : progress.lastPage,
        pageUrls:
          action.pageId && action.url
            ? { ...progress.pageUrls, [action.pageId]: action.url }
            : progress.pageUrls,
      };
      // What the page plainly shows wins over what was seen, implied or marked before.
      for (const step of action.disproved ?? []) next = reopen(next, step);
      for (const step of action.asked ?? []) next = askedFor(next, step, action.at);
      // Latest step first is not needed: markDone implies earlier ones either way.
      for (const step of action.evidence) next = markDone(next, step, 'seen', action.at);
      return next;
    }
    case 'mark-done':
      return { ...markDone(progress, action.step, 'manual', action.at), updatedAt: action.at };
    case 'undo': {
      // A later step implies this one, so undoing it undoes everything after it too.
      const steps = { ...progress.steps };
      for (const later of STEP_IDS.slice(stepIndex(action.step))) delete steps[later];
      return { ...progress, steps, updatedAt: action.at };
    }
    case 'reset':
      return { ...emptyProgress(), updatedAt: action.at };
  }
}

/** The checklist as shown: done steps, the first not-done step as current, the rest pending. */
export function stepViews(progress: Progress): StepView[] {
  const current = currentStep(progress);
  return STEP_IDS.map((step) => {
    const done = progress.steps[step];
    if (done) return { step, state: 'done', how: done.how, at: done.at };
    return { step, state: step === current ? 'current' : 'pending' };
  });
}

export function currentStep(progress: Progress): StepId | null {
  return STEP_IDS.find((s) => !progress.steps[s]) ?? null;
}

export function doneCount(progress: Progress): number {
  return STEP_IDS.filter((s) => progress.steps[s]).length;
}

/** Steps newly done between two versions of the progress: for the event log. */
export function newlyDone(before: Progress, after: Progress): StepId[] {
  return STEP_IDS.filter((s) => !before.steps[s] && after.steps[s]);
}

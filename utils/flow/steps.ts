/**
 * The five steps of the journey. The ids are part of the site contract
 * (shared/site-spec.md) and of the Puppeteer test contract (`data-step`).
 */
export const STEP_IDS = ['sync', 'verify-email', 'set-pin', 'link-card', 'confirm-card'] as const;

export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** 0-based position of a step in the journey. */
export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

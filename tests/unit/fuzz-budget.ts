/**
 * Time budget for property-based tests. They keep their run counts (that is
 * what makes them worth having); what changes with the machine is how long
 * those runs take: 2,000 runs took 5.7 s on a loaded 2-core CI machine against
 * Vitest's 5 s default (issue #9). A minute leaves room for a busy machine and
 * still catches a hang.
 */
export const FUZZ = { timeout: 60_000 } as const;

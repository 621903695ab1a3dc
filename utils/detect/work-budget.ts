/**
 * How much main-thread time the page reader may take: slices of at most
 * `sliceMs`, and at most `perSecondMs` in any one-second window, however fast
 * the page mutates (issue #10). Pure, with the clock passed in, so it is
 * tested without timers.
 */
export interface BudgetLimits {
  sliceMs: number;
  perSecondMs: number;
}

export const ACTIVE_BUDGET: BudgetLimits = { sliceMs: 8, perSecondMs: 40 };
/** Once the journey is over, or on pages that are no part of it: a cheap watch. */
export const DORMANT_BUDGET: BudgetLimits = { sliceMs: 4, perSecondMs: 8 };

export class WorkBudget {
  /** [start, duration] of the slices run in the last second. */
  private slices: [number, number][] = [];

  constructor(public limits: BudgetLimits) {}

  private prune(now: number): void {
    while (this.slices.length && this.slices[0]![0] + 1000 <= now) this.slices.shift();
  }

  /** Time used in the window that ends now. */
  used(now: number): number {
    this.prune(now);
    return this.slices.reduce((sum, [, d]) => sum + d, 0);
  }

  /** How long a slice starting now may run: 0 when the second's budget is spent. */
  allowance(now: number): number {
    return Math.max(0, Math.min(this.limits.sliceMs, this.limits.perSecondMs - this.used(now)));
  }

  /** When enough of the window has passed for a slice to run again. */
  nextStart(now: number): number {
    this.prune(now);
    const first = this.slices[0];
    return first ? first[0] + 1000 : now;
  }

  record(start: number, end: number): void {
    this.slices.push([start, end - start]);
  }
}

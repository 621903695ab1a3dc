/**
 * How much main-thread time the page reader may take: at most `perSecondMs`
 * in any one-second window, however fast the page mutates, in slices of at
 * most a fifth of it (8 ms while active; issue #10). Pure, with the clock
 * passed in, so it is tested without timers.
 *
 * Paced, not spent in bursts: a fifth of the second's budget can be spent at
 * once (one slice: a page's first read), the rest comes back evenly over the
 * second, a millisecond every 31 while active. A page that keeps the reader
 * busy (1,500 product cards added at once) thus leaves it a turn every few
 * dozen milliseconds, in which a small change is read first (a toast shown
 * for half a second is seen). Spent in bursts, the budget could run out for
 * the rest of a second and the toast come and go unread. Any second holds at
 * most the fifth saved and the four fifths that came back: the budget.
 */
export interface BudgetLimits {
  perSecondMs: number;
}

export const ACTIVE_BUDGET: BudgetLimits = { perSecondMs: 40 };
/** Once the journey is over, or on pages that are no part of it: a cheap watch. */
export const DORMANT_BUDGET: BudgetLimits = { perSecondMs: 8 };

/** A slice shorter than this is not worth a turn: it waits for this much to come back. */
const MIN_SLICE_MS = 1;
/**
 * An active slice (a fifth of ACTIVE_BUDGET, written as a number: read from the object it
 * costs the content script 17 bytes it does not have): saved at the start, and the most a
 * slice that ran over is paid back.
 */
const SLICE_MS = 8;

export interface WorkBudget {
  /** The limits in force: a reader eases off once the page needs little attention. */
  limits: BudgetLimits;
  /**
   * How long a slice starting now may run; when none may yet, how long to wait, as a
   * negative number.
   */
  allowance(now: number): number;
  /** A slice ran from `start` to `end` (over its allowance, maybe: it is paid back). */
  record(start: number, end: number): void;
}

export function createWorkBudget(limits: BudgetLimits): WorkBudget {
  /**
   * Time saved up, ms: at most a fifth of the second's budget (a slice at the start: the
   * first look caps it to the limits'); below zero after an overrun.
   */
  let saved = SLICE_MS;
  let at = 0;
  const budget: WorkBudget = {
    limits,
    allowance(now) {
      const { perSecondMs } = budget.limits;
      // What comes back in a millisecond: four fifths of the budget over a second.
      const rate = perSecondMs * 0.0008;
      // What came back since the last look, up to a fifth: a slice.
      saved = Math.min(perSecondMs / 5, saved + (now - at) * rate);
      at = now;
      return saved < MIN_SLICE_MS ? (saved - MIN_SLICE_MS) / rate : saved;
    },
    record(start, end) {
      // Paid back up to a slice's worth. A slice runs over when one task takes long, mostly a
      // layout the page's own change made due (1,500 cards added: 60 ms in Firefox), which
      // the next frame would have done anyway: owing it all would leave the reader silent
      // for seconds, while toasts come and go.
      saved = Math.max(-SLICE_MS, saved - (end - start));
    },
  };
  return budget;
}

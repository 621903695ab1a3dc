import { describe, expect, it } from 'vitest';
import {
  ACTIVE_BUDGET as ACTIVE,
  DORMANT_BUDGET as DORMANT,
  createWorkBudget,
  type BudgetLimits,
} from '@/utils/detect/work-budget';

interface Slice {
  start: number;
  end: number;
}

/**
 * A reader that always has work (a page that keeps it busy): it takes every
 * slice it is allowed, running `overrunMs` past each (its last task ends
 * late), and otherwise waits as long as it is told. Returns the slices run.
 */
function busyReader(limits: BudgetLimits, forMs: number, overrunMs = 0): Slice[] {
  const budget = createWorkBudget(limits);
  const slices: Slice[] = [];
  let t = 500;
  while (t < forMs) {
    const allowance = budget.allowance(t);
    if (allowance <= 0) {
      // As the reader does: a timer, at least a millisecond away.
      t += Math.max(1, -allowance);
      continue;
    }
    const slice = { start: t, end: t + allowance + overrunMs };
    budget.record(slice.start, slice.end);
    slices.push(slice);
    // The next turn comes a little later: an idle callback, a timer.
    t = slice.end + 0.25;
  }
  return slices;
}

/** The most time spent in any one-second window (each window starting at a slice's start). */
function busiestSecond(slices: Slice[]): number {
  return Math.max(
    ...slices.map(({ start }) =>
      slices.reduce(
        (sum, s) => sum + Math.max(0, Math.min(s.end, start + 1000) - Math.max(s.start, start)),
        0,
      ),
    ),
  );
}

/** The longest a busy reader goes without a turn: how long a new toast may wait. */
function longestWait(slices: Slice[]): number {
  return Math.max(...slices.slice(1).map((s, i) => s.start - slices[i]!.end));
}

describe('the page reader’s time budget', () => {
  it('reads a page’s start at once: a slice, a fifth of the second’s budget', () => {
    const slices = busyReader(ACTIVE, 700);
    expect(slices[0]!.end - slices[0]!.start).toBe(8);
    // Then what comes back: about a millisecond at a time, a turn every 31 ms or so.
    expect(slices[1]!.end - slices[1]!.start).toBeCloseTo(1, 1);
    expect(slices[1]!.start - slices[0]!.end).toBeLessThan(35);
  });

  it('never spends more than its budget in any second, however busy the page keeps it', () => {
    for (const limits of [ACTIVE, DORMANT]) {
      const slices = busyReader(limits, 10_500);
      expect(busiestSecond(slices)).toBeLessThanOrEqual(limits.perSecondMs + 1e-9);
      // Nor is it starved: once the saved fifth is spent, the rest every second.
      const late = slices.filter((s) => s.start >= 9500);
      const spent = late.reduce((sum, s) => sum + s.end - s.start, 0);
      expect(spent).toBeGreaterThan(limits.perSecondMs * 0.8 - 1);
    }
  });

  it('pays back slices that ran over, so the budget still holds', () => {
    const slices = busyReader(ACTIVE, 10_500, 3);
    // One slice's overrun at most, paid back before the next turn.
    expect(busiestSecond(slices)).toBeLessThanOrEqual(ACTIVE.perSecondMs + 3);
  });

  it('pays back a long overrun only up to a slice: the reader is not silent for seconds', () => {
    // One task took 60 ms (a layout the page made due): the wait is that of 9 ms, not 61.
    const budget = createWorkBudget(ACTIVE);
    budget.allowance(0);
    budget.record(0, 60);
    expect(-budget.allowance(60)).toBeLessThan(300);
  });

  it('gives a busy reader a turn every few dozen milliseconds, never a second’s pause', () => {
    // A toast shown for half a second is read in the next turn (the reader takes a small
    // change first): the budget must not be spent in a burst and then stop.
    expect(longestWait(busyReader(ACTIVE, 10_500))).toBeLessThanOrEqual(40);
    expect(longestWait(busyReader(DORMANT, 10_500))).toBeLessThanOrEqual(200);
  });

  it('eases off when its limits are lowered, and says how long to wait', () => {
    const budget = createWorkBudget(ACTIVE);
    budget.record(0, budget.allowance(0));
    budget.limits = DORMANT;
    // Saved time is capped at a fifth of the new budget.
    expect(budget.allowance(5000)).toBeCloseTo(1.6);
    budget.record(5000, 5001.6);
    // 1 ms comes back in 156 ms at 6.4 ms a second, counted from the slice's start.
    expect(budget.allowance(5001.6)).toBeCloseTo(-154.7, 0);
    expect(budget.allowance(5160)).toBeCloseTo(1.02, 1);
  });
});

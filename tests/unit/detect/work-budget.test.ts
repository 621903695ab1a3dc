import { describe, expect, it } from 'vitest';
import { WorkBudget } from '@/utils/detect/work-budget';

describe('the page reader’s time budget', () => {
  it('gives at most one slice at a time, and at most the budget in any second', () => {
    const budget = new WorkBudget({ sliceMs: 8, perSecondMs: 20 });
    expect(budget.allowance(0)).toBe(8);
    budget.record(0, 8);
    budget.record(10, 18);
    expect(budget.allowance(20)).toBe(4);
    budget.record(20, 24);
    expect(budget.allowance(30)).toBe(0);
    // The window slides: the first slice leaves it one second after it started.
    expect(budget.nextStart(30)).toBe(1000);
    expect(budget.allowance(1000)).toBe(8);
    expect(budget.used(2000)).toBe(0);
  });
});

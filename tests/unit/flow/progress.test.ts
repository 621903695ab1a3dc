import { describe, expect, it } from 'vitest';
import {
  currentStep,
  doneCount,
  emptyProgress,
  reduceProgress,
  stepViews,
} from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import { pageUrlForStep } from '@/utils/flow/step-pages';
import type { StepId } from '@/utils/flow/steps';

const seen = (
  p: Progress,
  evidence: StepId[],
  at = 10,
  pageId: string | null = 'ap-other',
  url: string | null = null,
) => reduceProgress(p, { type: 'page-seen', at, site: 'alipay', pageId, url, evidence });

describe('progress model', () => {
  it('starts with the first step current and the rest pending', () => {
    const views = stepViews(emptyProgress());
    expect(views.map((v) => v.state)).toEqual([
      'current',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(currentStep(emptyProgress())).toBe('sync');
  });

  it('records a seen step with how and when', () => {
    const p = seen(emptyProgress(), ['sync'], 1234);
    expect(p.steps.sync).toEqual({ how: 'seen', at: 1234 });
    expect(stepViews(p)[1]).toEqual({ step: 'verify-email', state: 'current' });
  });

  it('implies every earlier step from evidence of a later one', () => {
    const p = seen(emptyProgress(), ['link-card'], 50);
    expect(p.steps.sync).toEqual({ how: 'implied', at: 50 });
    expect(p.steps['set-pin']).toEqual({ how: 'implied', at: 50 });
    expect(p.steps['link-card']).toEqual({ how: 'seen', at: 50 });
    expect(currentStep(p)).toBe('confirm-card');
    expect(doneCount(p)).toBe(4);
  });

  it('upgrades an implied or manual step once it is seen, and never downgrades a seen one', () => {
    let p = seen(emptyProgress(), ['set-pin'], 1);
    p = seen(p, ['sync'], 2);
    expect(p.steps.sync).toEqual({ how: 'seen', at: 2 });
    p = reduceProgress(p, { type: 'mark-done', at: 3, step: 'sync' });
    expect(p.steps.sync?.how).toBe('seen');
    p = reduceProgress(p, { type: 'mark-done', at: 4, step: 'link-card' });
    expect(p.steps['link-card']).toEqual({ how: 'manual', at: 4 });
    p = seen(p, ['link-card'], 5);
    expect(p.steps['link-card']).toEqual({ how: 'seen', at: 5 });
  });

  it('undo removes the step and every later one, and reset clears all', () => {
    let p = seen(emptyProgress(), ['link-card'], 1);
    p = reduceProgress(p, { type: 'undo', at: 2, step: 'verify-email' });
    expect(Object.keys(p.steps)).toEqual(['sync']);
    expect(currentStep(p)).toBe('verify-email');
    p = reduceProgress(p, { type: 'reset', at: 3 });
    expect(p.steps).toEqual({});
    expect(p.lastPage).toBeNull();
  });

  it('remembers the last page and where pages live, for "open the page for this step"', () => {
    let p = seen(emptyProgress(), [], 1, 'ap-manage-cards', 'http://alipay.localhost:5177/cards');
    expect(p.lastPage).toEqual({ site: 'alipay', pageId: 'ap-manage-cards', at: 1 });
    expect(pageUrlForStep(p, 'link-card')).toBe('http://alipay.localhost:5177/cards');
    // A step whose page was never seen falls back to that site's home as the shopper used it.
    expect(pageUrlForStep(p, 'set-pin')).toBe('http://alipay.localhost:5177/');
    expect(pageUrlForStep(p, 'sync')).toBe('https://www.aliexpress.com/');
    p = seen(p, [], 2, null);
    expect(p.lastPage?.pageId).toBe('ap-manage-cards');
  });
});

/**
 * Issue #11: which page the toolbar button opens so that the last known
 * checklist is painted before the popup's script runs.
 */
import { describe, expect, it } from 'vitest';
import { doneInOrder, firstPaintPage } from '@/utils/popup-cache/first-paint';
import type { Progress } from '@/utils/flow/progress-schema';
import { STEP_IDS } from '@/utils/flow/steps';

const done = (...steps: (typeof STEP_IDS)[number][]): Progress['steps'] =>
  Object.fromEntries(steps.map((s) => [s, { how: 'seen', at: 1 }]));

describe('the first-paint page', () => {
  it('counts the steps done when they are the first ones', () => {
    expect(doneInOrder({})).toBe(0);
    expect(doneInOrder(done('sync', 'verify-email'))).toBe(2);
    expect(doneInOrder(done(...STEP_IDS))).toBe(5);
  });

  it('has no count when a step before a done one is not done (re-opened)', () => {
    expect(doneInOrder(done('sync', 'set-pin'))).toBeNull();
    expect(doneInOrder(done('confirm-card'))).toBeNull();
  });

  it('names the page for the count and the language, or none', () => {
    expect(firstPaintPage(done('sync'), 'es')).toBe('popup-es-1.html');
    expect(firstPaintPage(done(...STEP_IDS), 'en')).toBe('popup-en-5.html');
    expect(firstPaintPage(done('verify-email'), 'en')).toBeNull();
  });
});

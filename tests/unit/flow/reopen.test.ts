/**
 * Issue #11: evidence both ways. A page that shows a step is NOT done re-opens
 * it, and every step after it, however it was done (seen, implied, manual);
 * the event log says a page did it, and the popup can say why.
 */
import { describe, expect, it } from 'vitest';
import { eventsFor } from '@/utils/flow/events';
import { emptyProgress, reduceProgress, type ProgressAction } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import { reopenedByPage } from '@/utils/flow/reopened';
import type { StepId } from '@/utils/flow/steps';

type PageSeen = Extract<ProgressAction, { type: 'page-seen' }>;

const page = (evidence: StepId[], disproved: StepId[] = [], at = 10): PageSeen => ({
  type: 'page-seen',
  at,
  site: 'aliexpress',
  pageId: 'ae-cards',
  url: null,
  evidence,
  disproved,
});

const allDone = reduceProgress(emptyProgress(), page(['confirm-card']));

describe('counter-evidence', () => {
  it('re-opens a seen step when the card list is empty, keeping the steps before it', () => {
    const after = reduceProgress(allDone, page([], ['confirm-card'], 20));
    expect(Object.keys(after.steps)).toEqual(['sync', 'verify-email', 'set-pin', 'link-card']);
    const events = eventsFor(allDone, after, page([], ['confirm-card'], 20));
    expect(events).toContainEqual({
      kind: 'step-undone',
      at: 20,
      step: 'confirm-card',
      cause: 'page',
    });
  });

  it('re-opens implied and hand-marked steps too, and everything after them', () => {
    let p: Progress = reduceProgress(emptyProgress(), {
      type: 'mark-done',
      at: 1,
      step: 'set-pin',
    });
    expect(p.steps.sync?.how).toBe('implied');
    // "Set up your payment PIN first": the PIN is not set up, whatever was marked.
    p = reduceProgress(p, {
      ...page([], ['set-pin'], 5),
      site: 'alipay',
      pageId: 'ap-manage-cards',
    });
    expect(Object.keys(p.steps)).toEqual(['sync', 'verify-email']);
  });

  it('changes nothing when the step was not done anyway', () => {
    const start = reduceProgress(emptyProgress(), page(['sync']));
    const after = reduceProgress(start, page([], ['confirm-card'], 30));
    expect(after.steps).toEqual(start.steps);
    expect(eventsFor(start, after, page([], ['confirm-card'], 30))).toEqual([]);
  });

  it('tells which steps a page re-opened, until they are done again or the shopper resets', () => {
    const action = page([], ['confirm-card'], 20);
    const after = reduceProgress(allDone, action);
    const log = [
      ...eventsFor(emptyProgress(), allDone, page(['confirm-card'])),
      ...eventsFor(allDone, after, action),
    ];
    expect(reopenedByPage(log, after)).toEqual(['confirm-card']);
    // Seen again: no longer re-opened.
    const again = reduceProgress(after, page(['confirm-card'], [], 40));
    const log2 = [...log, ...eventsFor(after, again, page(['confirm-card'], [], 40))];
    expect(reopenedByPage(log2, again)).toEqual([]);
    // Undone by the shopper: not the page's doing.
    const undone = reduceProgress(allDone, { type: 'undo', at: 50, step: 'confirm-card' });
    const log3 = eventsFor(allDone, undone, { type: 'undo', at: 50, step: 'confirm-card' });
    expect(reopenedByPage(log3, undone)).toEqual([]);
  });
});

/** A page that plainly asks for a step (the security form, the Connect button). */
const asking = (step: StepId, pageId: string, at = 20): PageSeen => ({
  type: 'page-seen',
  at,
  site: 'alipay',
  pageId,
  url: null,
  evidence: [],
  asked: [step],
});

const marked = (step: StepId): Progress =>
  reduceProgress(emptyProgress(), { type: 'mark-done', at: 1, step });

describe('a page that asks for a step', () => {
  it('re-opens a step marked by hand, and the steps after it, and says a page did it', () => {
    const before = marked('link-card');
    const after = reduceProgress(before, asking('set-pin', 'ap-security'));
    expect(after.steps).toEqual({
      sync: { how: 'implied', at: 1 },
      'verify-email': { how: 'implied', at: 1 },
    });
    expect(eventsFor(before, after, asking('set-pin', 'ap-security'))).toContainEqual({
      kind: 'step-undone',
      at: 20,
      step: 'set-pin',
      cause: 'page',
    });
    expect(
      reopenedByPage(eventsFor(before, after, asking('set-pin', 'ap-security')), after),
    ).toEqual(['set-pin', 'link-card']);
  });

  it('re-opens an implied step too', () => {
    const after = reduceProgress(marked('link-card'), asking('sync', 'ap-connect'));
    expect(after.steps).toEqual({});
  });

  it('keeps a step that was seen, and one a later seen step proves', () => {
    const seenPin = reduceProgress(emptyProgress(), {
      ...asking('set-pin', 'ap-security', 5),
      asked: [],
      evidence: ['set-pin'],
    });
    expect(reduceProgress(seenPin, asking('set-pin', 'ap-security')).steps).toEqual(seenPin.steps);
    const cardSeen = reduceProgress(emptyProgress(), page(['confirm-card']));
    expect(reduceProgress(cardSeen, asking('set-pin', 'ap-security')).steps).toEqual(
      cardSeen.steps,
    );
  });

  it('implies the steps the site shows it after, leaving the asked step to do', () => {
    const after = reduceProgress(emptyProgress(), asking('set-pin', 'ap-security'));
    expect(after.steps).toEqual({
      sync: { how: 'implied', at: 20 },
      'verify-email': { how: 'implied', at: 20 },
    });
  });
});

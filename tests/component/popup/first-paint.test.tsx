// @vitest-environment happy-dom
/**
 * Issue #11: a popup page that painted the last known checklist before its
 * script ran (utils/popup-cache/first-paint.ts) hands over to the script's
 * own render: the plain checklist goes in the render that first has more to
 * say than "Loading…", and shows what that render shows, in the same places.
 */
import { afterEach, describe, expect, it } from 'vitest';
import english from '@/public/_locales/en/messages.json';
import { firstPaintBlock } from '@/utils/build/popup-first-paint';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import type { Catalogue } from '@/utils/i18n/catalogue';
import { FIRST_PAINT_ID } from '@/utils/popup-cache/first-paint';
import { popupSnapshot } from '@/utils/popup-cache/popup-snapshot';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import type { Progress } from '@/utils/flow/progress-schema';
import { fakePopupDeps } from './fake-popup-deps';
import { renderPopup } from './mount-popup';
import { settle } from '../render';

/** Sync and verify-email done (the second marked, which implies the first). */
const TWO_DONE: Progress = reduceProgress(emptyProgress(), {
  type: 'mark-done',
  at: 1,
  step: 'verify-email',
});

/** The page's plain checklist, as the build writes it, before the app's root. */
function paintFirst(): HTMLElement {
  document.body.insertAdjacentHTML(
    'afterbegin',
    firstPaintBlock('en', english as unknown as Catalogue, 2),
  );
  return document.getElementById(FIRST_PAINT_ID)!;
}

/** What a shopper reads in the popup's top, element by element, and where. */
function top(root: Element) {
  const text = (selector: string) => root.querySelector(selector)?.textContent;
  const items = [...root.querySelectorAll('ol.checklist > li')];
  return {
    heading: text('h1'),
    progress: text('.progress-text'),
    fill: root.querySelector<HTMLElement>('.progress-fill')?.style.width,
    next: [text('section.next h2'), text('section.next p'), text('section.next button')],
    steps: items.map((li) => ({
      class: li.className,
      mark: li.querySelector('.step-mark')?.textContent,
      title: li.querySelector('.step-title')?.textContent,
      // The script adds how a step was done ("· marked by hand"); the plain checklist cannot know.
      state: li.querySelector('.step-state')?.textContent?.split(' · ')[0],
      button: li.querySelector('button')?.textContent,
    })),
  };
}

afterEach(() => document.getElementById(FIRST_PAINT_ID)?.remove());

describe('popup: the checklist painted before the script', () => {
  it('shows what the script then draws from the same snapshot, and goes in that render', () => {
    const painted = top(paintFirst());
    const fake = fakePopupDeps({ progress: TWO_DONE });
    fake.deps.loadProgress.mockReturnValueOnce(new Promise<Progress>(() => {}));
    const snapshot = popupSnapshot({ progress: TWO_DONE, settings: DEFAULT_SETTINGS, pack: null });
    const popup = renderPopup({ ...fake.deps, cacheInAddress: () => snapshot });

    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    expect(popup.$('main')?.dataset.source).toBe('cache');
    expect(top(popup.$('main')!)).toEqual(painted);
    expect(painted.steps.map((s) => s.class)).toEqual([
      'step step-done',
      'step step-done',
      'step step-current',
      'step step-pending',
      'step step-pending',
    ]);
  });

  it('stays while the script has only "Loading…" to show, and goes when the store answers', async () => {
    paintFirst();
    const fake = fakePopupDeps({ progress: TWO_DONE });
    let answer!: (progress: Progress) => void;
    fake.deps.loadProgress.mockReturnValueOnce(new Promise<Progress>((r) => (answer = r)));
    const popup = renderPopup(fake.deps);
    await settle();
    expect(popup.$('.loading')).not.toBeNull();
    expect(document.getElementById(FIRST_PAINT_ID)).not.toBeNull();

    answer(TWO_DONE);
    await settle();
    expect(popup.$('main')?.dataset.ready).toBe('true');
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
  });

  it('goes when the script can only say that progress could not be read', async () => {
    paintFirst();
    const fake = fakePopupDeps({ progress: TWO_DONE });
    fake.deps.loadProgress.mockRejectedValueOnce(new Error('IndexedDB is gone'));
    const popup = renderPopup(fake.deps);
    await settle();
    expect(popup.$('[role="alert"]')).not.toBeNull();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
  });
});

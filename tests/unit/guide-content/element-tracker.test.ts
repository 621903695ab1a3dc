// @vitest-environment happy-dom
/**
 * Issue #10: following the highlighted control on a busy page must cost
 * nothing while it stays put. Its moves come from the browser (an
 * IntersectionObserver whose root is the box last measured), never from
 * measuring after each change of the page; a scroll, a resize or focus moving
 * is measured in the next frame, so the callout moves with the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackElement, type Tracker } from '@/entrypoints/guide/element-tracker';

/** An IntersectionObserver as the tracker made it, with a way to deliver the browser's reports. */
interface Watch {
  root: unknown;
  rootMargin: string;
  threshold: number;
  target: Element | null;
  disconnected: boolean;
  report(box: { x: number; y: number; width: number; height: number }, ratio: number): void;
}

let watches: Watch[];
let control: HTMLButtonElement;
let reads: ReturnType<typeof vi.spyOn>;
let tracker: Tracker;
let measures: number;
/** Delivers a ResizeObserver report, as the browser does after a layout. */
let reportSize: () => void;

const MEASURED = { x: 10, y: 20, width: 100, height: 30 };
/** The control's box from now on, as layout would give it. */
const placeControl = (box: typeof MEASURED) => {
  control.getBoundingClientRect = () => DOMRect.fromRect(box);
  reads = vi.spyOn(control, 'getBoundingClientRect');
};
const live = () => watches.filter((w) => !w.disconnected);
/** What the reports so far asked for: a measure in the next frame. */
const nextFrame = () => vi.advanceTimersToNextFrame();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  watches = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(
        callback: (entries: unknown[]) => void,
        options: { root: unknown; rootMargin: string; threshold: number },
      ) {
        const watch: Watch = {
          ...options,
          target: null,
          disconnected: false,
          report: (box, ratio) =>
            callback([{ boundingClientRect: DOMRect.fromRect(box), intersectionRatio: ratio }]),
        };
        watches.push(watch);
        Object.assign(this, {
          observe: (el: Element) => (watch.target = el),
          disconnect: () => (watch.disconnected = true),
        });
      }
    },
  );
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        reportSize = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  // A viewport of 1280 x 800 (happy-dom lays nothing out).
  for (const [name, value] of [
    ['clientWidth', 1280],
    ['clientHeight', 800],
  ] as const)
    Object.defineProperty(document.documentElement, name, { value, configurable: true });
  document.body.innerHTML = '<button type="button">Link card</button>';
  control = document.querySelector('button')!;
  placeControl(MEASURED);
  measures = 0;
  tracker = trackElement(control, () => (measures += 1));
  // The first measure, in the first frame.
  nextFrame();
  reads.mockClear();
});
afterEach(() => {
  tracker.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('following the control', () => {
  it('watches the box just measured: the viewport shrunk to it, all of it inside', () => {
    expect(live()).toHaveLength(1);
    const [watch] = live();
    expect(watch!.target).toBe(control);
    expect(watch!.root).toBe(document);
    expect(watch!.threshold).toBe(1);
    // 20 px from the top, 1,280 - 110 from the right, 800 - 50 from the bottom, 10 from the left.
    expect(watch!.rootMargin).toBe('-20px -1170px -750px -10px');
  });

  it('takes the first report, of the box just measured, as no move', () => {
    live()[0]!.report(MEASURED, 1);
    nextFrame();
    // The report's own look at the box, and no measure.
    expect(reads).toHaveBeenCalledTimes(1);
    expect(live()).toHaveLength(1);
  });

  it('measures once in the next frame when the browser reports a move, and watches from there', () => {
    const moved = { ...MEASURED, y: 60 };
    placeControl(moved);
    const [before] = live();
    before!.report(moved, 0.2);
    expect(reads).toHaveBeenCalledTimes(1);
    nextFrame();
    expect(measures).toBe(2);
    // The old watch is gone; the new one's root is the new box.
    expect(before!.disconnected).toBe(true);
    expect(live()).toHaveLength(1);
    expect(live()[0]!.rootMargin).toMatch(/^-60px /);
  });

  it('reads the box again on a report: a first report may show it as it was before a move', () => {
    // Chromium's first report can predate a change made since, and then never report it.
    placeControl({ ...MEASURED, y: 60 });
    live()[0]!.report(MEASURED, 1);
    nextFrame();
    expect(measures).toBe(2);
  });

  it('watches a control a scroller clips from the part that shows', () => {
    const [whole] = live();
    whole!.report(MEASURED, 0.4);
    // Not a move: watched again, from the same box, from 40 % on.
    expect(whole!.disconnected).toBe(true);
    const [part] = live();
    expect(part!.threshold).toBe(0.4);
    expect(part!.rootMargin).toBe(whole!.rootMargin);
    part!.report(MEASURED, 0.4);
    nextFrame();
    // Each report's own look at the box, and no measure.
    expect(reads).toHaveBeenCalledTimes(2);
    expect(live()).toEqual([part]);
    // Then it moves: measured.
    placeControl({ ...MEASURED, x: 30 });
    part!.report({ ...MEASURED, x: 30 }, 0.1);
    nextFrame();
    expect(measures).toBe(2);
  });

  it('measures a scroll, a resize or moving focus within the frame, once per frame', () => {
    for (const [type, y] of [
      ['scroll', 0],
      ['resize', 5],
      ['focusin', 9],
    ] as const) {
      placeControl({ ...MEASURED, y });
      window.dispatchEvent(new Event(type));
      nextFrame();
    }
    expect(measures).toBe(4);
    // A scroll that moves the control is reported by both: one measure.
    placeControl({ ...MEASURED, y: -40 });
    window.dispatchEvent(new Event('scroll'));
    live()[0]!.report({ ...MEASURED, y: -40 }, 1);
    nextFrame();
    expect(measures).toBe(5);
    expect(live()).toHaveLength(1);
  });

  it("takes the size observer's first report as the first measure's, and measures later ones", () => {
    // Measuring again for it would fall in the frame that draws the callout, after its
    // words are in, and force that frame's layout (issue #10).
    reportSize();
    nextFrame();
    expect(reads).not.toHaveBeenCalled();
    placeControl({ ...MEASURED, width: 140 });
    reportSize();
    nextFrame();
    expect(measures).toBe(2);
  });

  it('stops watching and measuring when stopped', () => {
    const [watch] = live();
    window.dispatchEvent(new Event('scroll'));
    tracker.stop();
    nextFrame();
    expect(reads).not.toHaveBeenCalled();
    expect(watch!.disconnected).toBe(true);
    expect(live()).toEqual([]);
  });
});

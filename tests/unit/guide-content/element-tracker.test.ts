// @vitest-environment happy-dom
/**
 * Issue #10: following the highlighted control on a busy page must not force
 * layouts of its own. A change of the page's content is measured just after
 * the next frame (its layout done by then); a scroll, a resize or focus moving
 * in the frame itself, so the callout moves with the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackElement, type Tracker } from '@/entrypoints/guide/element-tracker';

let control: HTMLButtonElement;
let reads: ReturnType<typeof vi.spyOn>;
let tracker: Tracker;
/** Delivers a ResizeObserver report of this border-box size, as the browser does after a layout. */
let reportSize: (width: number, height: number) => void;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  // The control resizes only when a test says so.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: (entries: unknown[]) => void) {
        reportSize = (width, height) =>
          callback([{ borderBoxSize: [{ inlineSize: width, blockSize: height }] }]);
      }
      observe() {}
      disconnect() {}
    },
  );
  document.body.innerHTML = '<button type="button">Link card</button>';
  control = document.querySelector('button')!;
  control.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 20, width: 100, height: 30 });
  reads = vi.spyOn(control, 'getBoundingClientRect');
  tracker = trackElement(control, () => undefined);
  // The first measure, in the first frame.
  vi.advanceTimersToNextFrame();
  reads.mockClear();
});
afterEach(() => {
  tracker.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('following the control', () => {
  it('measures after a content change only once the next frame is drawn', () => {
    tracker.schedule();
    tracker.schedule();
    vi.advanceTimersToNextFrame();
    expect(reads).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('measures a scroll, a resize or moving focus within the frame', () => {
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersToNextFrame();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('measures once when a content change and a scroll come together, and never after stop', () => {
    tracker.schedule();
    tracker.schedule(true);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(reads).toHaveBeenCalledTimes(1);
    tracker.schedule();
    tracker.stop();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  /** Measures (or not) what the reports so far asked for: a frame, then a task. */
  const settle = () => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  };

  it("takes the observer's first report, of the size just measured, as that measure", () => {
    // Measuring again for it would fall in the frame that draws the callout, after its
    // words are in, and force that frame's layout (issue #10).
    reportSize(100, 30);
    settle();
    expect(reads).not.toHaveBeenCalled();
    // The control grows: measured.
    reportSize(120, 30);
    settle();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('takes a first report of 0 x 0 (a link, or a control not drawn yet) as nothing new', () => {
    reportSize(0, 0);
    settle();
    expect(reads).not.toHaveBeenCalled();
  });

  it('measures a first report of another size: the control changed after it was measured', () => {
    reportSize(140, 30);
    settle();
    expect(reads).toHaveBeenCalledTimes(1);
  });
});

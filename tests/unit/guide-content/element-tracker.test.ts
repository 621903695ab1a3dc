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
/** Delivers a ResizeObserver report for the control, as the browser does after a layout. */
let reportSize: () => void;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
  // The control resizes only when a test says so.
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
  document.body.innerHTML = '<button type="button">Link card</button>';
  control = document.querySelector('button')!;
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

  it("takes the observer's first report for the size just measured, and measures each later resize", () => {
    // Measuring again for the first report would fall in the frame that draws the
    // callout, after its words are in, and force that frame's layout (issue #10).
    reportSize();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(reads).not.toHaveBeenCalled();
    reportSize();
    vi.advanceTimersToNextFrame();
    expect(reads).toHaveBeenCalledTimes(1);
  });
});

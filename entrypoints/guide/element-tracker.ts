/**
 * Follows an element's box on screen as the page scrolls, resizes or reflows.
 * Geometry is read only inside an animation frame, never right after the page
 * changed, so following a control never forces an extra layout.
 */
import type { Box } from '@/utils/guide/callout-position';

export function toBox(rect: DOMRect): Box {
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

/** Boxes of the visible fields a shopper types into: geometry only, never a value. */
export function fieldBoxes(doc: Document): Box[] {
  return Array.from(doc.querySelectorAll('input:not([type="hidden"]),select,textarea'))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map(toBox);
}

export interface Tracked {
  box: Box;
  fields: Box[];
}

export interface Tracker {
  /** Measure again at the next frame (the page changed around the element). */
  schedule(): void;
  stop(): void;
}

export function trackElement(el: Element, onMeasure: (tracked: Tracked) => void): Tracker {
  let frame = 0;
  let last = '';
  const update = () => {
    frame = 0;
    const tracked = {
      box: toBox(el.getBoundingClientRect()),
      fields: fieldBoxes(el.ownerDocument),
    };
    // A busy page moves often without moving the control: redraw only when something moved.
    const key = JSON.stringify(tracked);
    if (key === last) return;
    last = key;
    onMeasure(tracked);
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(update);
  };
  // The control itself resizing; moves caused by other content come through schedule().
  const resize = new ResizeObserver(schedule);
  resize.observe(el);
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  schedule();
  return {
    schedule,
    stop() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    },
  };
}

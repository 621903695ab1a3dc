/**
 * Follows an element's box on screen as the page scrolls, resizes or reflows,
 * at most once per frame, so the highlight stays on the control.
 */
import type { Box } from '../guide/callout-position';

export function toBox(rect: DOMRect): Box {
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

export function trackElement(el: Element, onBox: (box: Box) => void): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    onBox(toBox(el.getBoundingClientRect()));
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(update);
  };
  const resize = new ResizeObserver(schedule);
  resize.observe(el);
  resize.observe(document.documentElement);
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
  return () => {
    cancelAnimationFrame(frame);
    resize.disconnect();
    window.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
  };
}

/** Boxes of the visible fields a shopper types into: geometry only, never a value. */
export function fieldBoxes(doc: Document): Box[] {
  return Array.from(doc.querySelectorAll('input:not([type="hidden"]),select,textarea'))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map(toBox);
}

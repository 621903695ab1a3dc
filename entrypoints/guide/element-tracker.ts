/**
 * Follows an element's box on screen as the page scrolls, resizes or reflows,
 * with what the callout must leave free around it. Geometry is read only
 * inside an animation frame, never right after the page changed, so following
 * a control never forces an extra layout.
 */
import { boxInTop, frameDocument, frameDocuments, stillShown } from '@/utils/detect/frames';
import type { Box, Obstacles } from '@/utils/guide/callout-position';
import { FIELDS, HEADER_MENUS } from '@/utils/guide/keep-clear';

/**
 * The boxes of those elements that are drawn, in the top page's viewport
 * (fields of a same-origin frame too): geometry only, never a field's value.
 */
const boxesOf = (els: Iterable<Element>): Box[] =>
  Array.from(els, boxInTop).filter((b) => b.width && b.height);

/**
 * What the callout must leave free (issue #11): the fields a shopper types
 * into, those of a card form in a frame included, and above all the site's
 * header menus and the field in use.
 */
export function obstacles(doc: Document): Obstacles {
  const active = doc.activeElement;
  // When a same-origin frame has the focus, the field in it.
  const focused = (active && frameDocument(active)?.activeElement) ?? active;
  return {
    keep: boxesOf([
      ...doc.querySelectorAll(HEADER_MENUS),
      ...(focused?.matches(FIELDS) ? [focused] : []),
    ]),
    fields: boxesOf(
      [doc, ...frameDocuments(doc)].flatMap((d) => Array.from(d.querySelectorAll(FIELDS))),
    ),
  };
}

export interface Tracked extends Obstacles {
  /** The followed element's box; null when there is only the page to keep clear. */
  box: Box | null;
}

export interface Tracker {
  /** Measure again at the next frame (the page changed around the element). */
  schedule(): void;
  stop(): void;
}

/** Follows `el` (or, when null, only what must stay clear) and reports each move. */
export function trackElement(el: Element | null, onMeasure: (tracked: Tracked) => void): Tracker {
  let frame = 0;
  let last = '';
  const update = () => {
    frame = 0;
    const tracked = { box: el && stillShown(el) ? boxInTop(el) : null, ...obstacles(document) };
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
  if (el) resize.observe(el);
  // Scrolls, resizes, and focus moving to another field (which must then stay clear);
  // in the frame that holds the control too, which scrolls on its own.
  const events = ['scroll', 'resize', 'focusin'];
  const views = new Set([window, el?.ownerDocument.defaultView ?? window]);
  for (const view of views)
    for (const type of events)
      view.addEventListener(type, schedule, { capture: true, passive: true });
  schedule();
  return {
    schedule,
    stop() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      for (const view of views) {
        try {
          for (const type of events) view.removeEventListener(type, schedule, { capture: true });
        } catch {
          // The window of a frame that navigated away: dead in Firefox, and its listeners with it.
        }
      }
    },
  };
}

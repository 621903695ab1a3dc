/**
 * Follows an element's box on screen as the page scrolls, resizes or reflows,
 * with what the callout must leave free around it. Geometry is never read
 * right after the page changed. A scroll, a resize or focus moving is measured
 * in the next animation frame, so the callout moves in the frame the page
 * does; a change of the page's content just after the next frame, whose
 * layout the browser has done by then, so following a control on a busy page
 * forces no layout of its own (issue #10).
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
  /** The viewport without its scrollbars: the part a fixed callout can be seen in. */
  viewport: Viewport;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Read where layout is up to date: reading it after a change of the page forces one. */
export const viewportOf = (doc: Document): Viewport => ({
  width: doc.documentElement.clientWidth,
  height: doc.documentElement.clientHeight,
});

export interface Tracker {
  /**
   * Measure again. By default the page's content changed: only the control is
   * measured, once the next frame is drawn, and what must stay clear only if
   * it moved. `everything` measures all, in the next frame (a scroll, a
   * resize, focus moving, a new plan for the page).
   */
  schedule(everything?: boolean): void;
  stop(): void;
}

/** Follows `el` (or, when null, only what must stay clear) and reports each move. */
export function trackElement(el: Element | null, onMeasure: (tracked: Tracked) => void): Tracker {
  /** A measure due in the next frame; one due just after it (a frame, then a task). */
  let frame = 0;
  let afterFrame = 0;
  let afterTask: ReturnType<typeof setTimeout> | undefined;
  let everything = true;
  /** The control's box as last measured (JSON; empty before the first measure). */
  let lastBox = '';
  let last = '';
  const cancel = () => {
    cancelAnimationFrame(frame);
    cancelAnimationFrame(afterFrame);
    clearTimeout(afterTask);
    frame = afterFrame = 0;
    afterTask = undefined;
  };
  const update = () => {
    cancel();
    const box = el && stillShown(el) ? boxInTop(el) : null;
    const boxKey = JSON.stringify(box);
    // A busy page changes many times a second without moving the control: then the
    // fields and menus to keep clear are not looked up and measured again either
    // (issue #10: that was most of the guide's cost on a busy store page).
    if (!everything && boxKey === lastBox) return;
    everything = false;
    lastBox = boxKey;
    const tracked = { box, ...obstacles(document), viewport: viewportOf(document) };
    // Redraw only when something moved.
    const key = JSON.stringify(tracked);
    if (key === last) return;
    last = key;
    onMeasure(tracked);
  };
  const schedule = (all = false) => {
    everything ||= all;
    if (all) frame ||= requestAnimationFrame(update);
    else if (!frame && !afterFrame && afterTask === undefined)
      afterFrame = requestAnimationFrame(() => {
        afterFrame = 0;
        // Unless this frame measures anyway (a scroll came too).
        if (!frame) afterTask = setTimeout(update);
      });
  };
  const scheduleAll = () => schedule(true);
  // The control itself resizing; moves caused by other content come through schedule().
  // Its first report comes in the frame of the first measure, after it, and repeats it:
  // the size just measured, or 0 x 0 for a link (whose size it never reports) or a
  // control not drawn yet. Measuring again for it would fall in the next frame, after
  // the callout's words were put in, and force that frame's layout from our script
  // (3 ms on a journey page, in traces: issue #10). A first report of another size
  // (the control changed in between) is measured.
  const repeatsFirstMeasure = (entry: ResizeObserverEntry | undefined): boolean => {
    const size = entry?.borderBoxSize?.[0];
    const width = size?.inlineSize ?? 0;
    const height = size?.blockSize ?? 0;
    const lastSize = lastBox ? (JSON.parse(lastBox) as Box | null) : null;
    return (
      (!width && !height) ||
      (!!lastSize && Math.abs(width - lastSize.width) + Math.abs(height - lastSize.height) < 1)
    );
  };
  let reported = false;
  const resize = new ResizeObserver(([entry]) => {
    // Every later report is measured, without looking at it.
    const first = !reported;
    reported = true;
    if (!first || !repeatsFirstMeasure(entry)) scheduleAll();
  });
  if (el) resize.observe(el);
  // Scrolls, resizes, and focus moving to another field (which must then stay clear);
  // in the frame that holds the control too, which scrolls on its own.
  const events = ['scroll', 'resize', 'focusin'];
  const views = new Set([window, el?.ownerDocument.defaultView ?? window]);
  for (const view of views)
    for (const type of events)
      view.addEventListener(type, scheduleAll, { capture: true, passive: true });
  schedule(true);
  return {
    schedule,
    stop() {
      cancel();
      resize.disconnect();
      for (const view of views) {
        try {
          for (const type of events) view.removeEventListener(type, scheduleAll, { capture: true });
        } catch {
          // The window of a frame that navigated away: dead in Firefox, and its listeners with it.
        }
      }
    },
  };
}

/**
 * Follows an element's box on screen as the page scrolls, resizes or reflows,
 * with what the callout must leave free around it. A scroll, a resize, focus
 * moving or the control itself moving is measured in the next animation
 * frame, so the callout moves in the frame after the page does. A change of
 * the page's content is never measured for its own sake: the browser tells
 * when the control moved (`watchMoves`), so following a control on a busy
 * page costs nothing while it stays put (issue #10).
 */
import {
  boxInTop,
  frameDocument,
  frameDocuments,
  hostFrame,
  stillShown,
} from '@/utils/detect/frames';
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
   * Measure everything again in the next frame: a scroll, a resize, focus
   * moving, a new plan for the page. Moves of the control come by themselves.
   */
  schedule(): void;
  stop(): void;
}

/**
 * A box to the pixel: engines may differ in the last bits of two reports of one place,
 * which must not read as a move (each would measure again, every frame).
 */
const pixels = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join();

/**
 * Tells when `el` moves, with no measure of ours (issue #10): an
 * IntersectionObserver whose root, the element's viewport shrunk by
 * `rootMargin`, is the box just measured. A move of a pixel changes how much
 * of the element lies in it, and the browser says so from the rendering it
 * does anyway (the technique of Floating UI's `autoUpdate`). Measuring after
 * each change of a busy page instead forced layouts of its own: 42 ms of
 * tasks per 6 s on the busy store page (A/B). A control in a frame is watched in
 * its document, and the frame in the page, so the frame moving counts too.
 * Returns what stops the watch.
 */
function watchMoves(el: Element, moved: () => void): () => void {
  const observers: IntersectionObserver[] = [];
  const watch = (e: Element, rect: DOMRect, threshold = 1) => {
    const root = e.ownerDocument;
    const { clientWidth, clientHeight } = root.documentElement;
    const observer = new IntersectionObserver(
      ([entry]) => {
        // Any report comes of a change: a box other than the one measured is a move (the
        // first report, of where it stands, shows the same box). The box is read, not
        // taken from the report: Chromium's first report may show the box as it was
        // before a change made since, and then never report that change (seen in e2e,
        // 4 runs in 8; Floating UI reads it again too). Reports are rare: the first after
        // each measure, and moves. The same box but less of it inside (a scroller clips
        // it, from the first report on): watched from the part that shows, whose own
        // first report then shows as much.
        if (pixels(e.getBoundingClientRect()) !== pixels(rect)) return moved();
        const ratio = entry!.intersectionRatio;
        if (ratio < threshold) {
          observer.disconnect();
          watch(e, rect, ratio);
        }
      },
      {
        root,
        rootMargin: [rect.top, clientWidth - rect.right, clientHeight - rect.bottom, rect.left]
          .map((inset) => `${-Math.floor(inset)}px`)
          .join(' '),
        threshold,
      },
    );
    observer.observe(e);
    observers.push(observer);
  };
  for (let e: Element | null = el; e; e = hostFrame(e.ownerDocument))
    watch(e, e.getBoundingClientRect());
  return () => observers.forEach((observer) => observer.disconnect());
}

/** Follows `el` (or, when null, only what must stay clear) and reports each move. */
export function trackElement(el: Element | null, onMeasure: (tracked: Tracked) => void): Tracker {
  let frame = 0;
  /** Stops watching the control's moves from where it was last measured. */
  let unwatch = () => {};
  let last = '';
  const update = () => {
    frame = 0;
    unwatch();
    const shown = el && stillShown(el);
    const box = shown ? boxInTop(el) : null;
    // Layout is up to date now: reading the boxes again to watch from costs nothing.
    if (shown) unwatch = watchMoves(el, schedule);
    const tracked = { box, ...obstacles(document), viewport: viewportOf(document) };
    // Redraw only when something moved.
    const key = JSON.stringify(tracked);
    if (key === last) return;
    last = key;
    onMeasure(tracked);
  };
  function schedule() {
    frame ||= requestAnimationFrame(update);
  }
  // The control itself resizing; moves come from the intersection observers. Its first
  // report comes in the frame of the first measure and repeats it (a link's 0 x 0, which
  // it never reports otherwise, included); the first report of those observers tells
  // whether the size changed since. Measuring again for it would fall in the next frame,
  // after the callout's words were put in, and force that frame's layout from our script
  // (3 ms on a journey page, in traces: issue #10).
  let reported = false;
  const resize = new ResizeObserver(() => {
    if (reported) schedule();
    reported = true;
  });
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
      unwatch();
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

/**
 * Where the callout goes (issue #11): beside the control it explains or, on a
 * narrow screen, docked as a bar at the top or bottom edge; always inside the
 * viewport, and never over what the shopper needs. Pure geometry.
 *
 * Two kinds of things stay clear: `keep` (the site's header menus, the focused
 * field, and here the highlighted control with its ring) is never covered while
 * some placement avoids it; `fields` (every form field) come next. The first
 * placement that covers nothing wins, so on a crowded page the callout moves
 * away from its control rather than over a field; when every placement covers
 * something, the one that covers least.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement =
  'right' | 'left' | 'below' | 'above' | 'corner' | 'dock-top' | 'dock-bottom';

/**
 * Narrower than this, the callout docks as a full-width bar. Beside a control
 * it needs 340 px of free width (320 px, its gap and a margin): under 600 px
 * that leaves under half the screen for the page, and a phone form's fields
 * span the width, so every side placement would cover them. 600 px is also
 * where phone layouts commonly end (Material's "compact" window class).
 */
export const DOCK_BELOW = 600;
/** The spotlight's ring around a control (the box guide-overlay.ts draws): 6 px out. */
export const ringAround = (b: Box): Box => ({
  top: b.top - 6,
  left: b.left - 6,
  width: b.width + 12,
  height: b.height + 12,
});

export interface Obstacles {
  /** Never covered while any placement avoids them. */
  keep: readonly Box[];
  /** Form fields: covered only when every placement covers something. */
  fields: readonly Box[];
}

export interface CalloutSize {
  /** The callout beside a control. */
  width: number;
  height: number;
  /** The docked bar's height (it spans the viewport's width). */
  dock: number;
}

/** Between the ring and the callout (12 px from the control itself). */
const GAP = 6;
const MARGIN = 8;

/** The area two boxes share (0 when they only touch). */
const shared = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

const covered = (box: Box, boxes: readonly Box[]) =>
  boxes.reduce((sum, b) => sum + shared(box, b), 0);

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(v, max));

/** `ring`: the spotlight's box around the highlighted control, when there is one. */
export function placeCallout(
  ring: Box | null,
  size: CalloutSize,
  viewport: { width: number; height: number },
  { keep, fields }: Obstacles,
): { placement: Placement; box: Box } {
  const { width, height, dock } = size;
  const maxLeft = viewport.width - width - MARGIN;
  const maxTop = viewport.height - height - MARGIN;
  const at = (top: number, left: number): Box => ({ top, left, width, height });
  const candidates: [Placement, Box][] = [];
  if (viewport.width >= DOCK_BELOW) {
    if (ring) {
      // Beside the control, sliding along its side to stay inside the viewport.
      const row = clamp(ring.top, MARGIN, maxTop);
      const column = clamp(ring.left, MARGIN, maxLeft);
      const beside: [Placement, Box][] = [
        ['right', at(row, ring.left + ring.width + GAP)],
        ['left', at(row, ring.left - GAP - width)],
        ['below', at(ring.top + ring.height + GAP, column)],
        ['above', at(ring.top - GAP - height, column)],
      ];
      for (const [placement, b] of beside)
        if (b.left >= MARGIN && b.top >= MARGIN && b.left <= maxLeft && b.top <= maxTop)
          candidates.push([placement, b]);
    }
    candidates.push(['corner', at(maxTop - 8, maxLeft - 8)]);
  }
  // The bar, last on a wide screen: covering nothing beats staying close. At the
  // bottom it leaves the header and its menus free, so the bottom comes first.
  const bar = { left: 0, width: viewport.width, height: dock };
  candidates.push(
    ['dock-bottom', { top: viewport.height - dock, ...bar }],
    ['dock-top', { top: 0, ...bar }],
  );
  const avoid = ring ? [...keep, ring] : keep;
  // The first placement that covers least. Any pixel of what must stay clear outweighs
  // every field on a screen (a 4K screen has under 10^7 pixels).
  let best = candidates[0]!;
  let least = Infinity;
  for (const candidate of candidates) {
    const cost = covered(candidate[1], avoid) * 1e9 + covered(candidate[1], fields);
    if (cost < least) [best, least] = [candidate, cost];
  }
  return { placement: best[0], box: best[1] };
}

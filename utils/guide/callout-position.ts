/**
 * Where the callout goes: next to the control it explains, never over a form
 * field the shopper must type into, always inside the viewport. Pure geometry.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement = 'right' | 'left' | 'below' | 'above' | 'corner';

const GAP = 12;
const MARGIN = 8;

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(v, max));

export function placeCallout(
  target: Box | null,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  fields: readonly Box[],
): { placement: Placement; box: Box } {
  const corner: Box = {
    top: viewport.height - size.height - 16,
    left: viewport.width - size.width - 16,
    ...size,
  };
  if (!target) return { placement: 'corner', box: corner };
  const maxLeft = viewport.width - size.width - MARGIN;
  const maxTop = viewport.height - size.height - MARGIN;
  const candidates: [Placement, Box][] = [
    [
      'right',
      { top: clamp(target.top, MARGIN, maxTop), left: target.left + target.width + GAP, ...size },
    ],
    [
      'left',
      { top: clamp(target.top, MARGIN, maxTop), left: target.left - GAP - size.width, ...size },
    ],
    [
      'below',
      { top: target.top + target.height + GAP, left: clamp(target.left, MARGIN, maxLeft), ...size },
    ],
    [
      'above',
      { top: target.top - GAP - size.height, left: clamp(target.left, MARGIN, maxLeft), ...size },
    ],
  ];
  const fits = (b: Box) =>
    b.left >= MARGIN &&
    b.top >= MARGIN &&
    b.left <= maxLeft &&
    b.top <= maxTop &&
    !overlaps(b, target);
  const clear = candidates.find(([, b]) => fits(b) && !fields.some((f) => overlaps(b, f)));
  if (clear) return { placement: clear[0], box: clear[1] };
  // Nowhere beside the control leaves the fields free: the corner, if it does.
  if (!fields.some((f) => overlaps(corner, f)) && !overlaps(corner, target))
    return { placement: 'corner', box: corner };
  const any = candidates.find(([, b]) => fits(b));
  return any ? { placement: any[0], box: any[1] } : { placement: 'corner', box: corner };
}

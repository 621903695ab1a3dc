import { describe, expect, it } from 'vitest';
import {
  DOCK_BELOW,
  placeCallout,
  ringAround,
  type Box,
  type Obstacles,
} from '@/utils/guide/callout-position';

const viewport = { width: 1280, height: 800 };
const size = { width: 320, height: 200, dock: 90 };
const none: Obstacles = { keep: [], fields: [] };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;
const inside = (b: Box, v: { width: number; height: number }) =>
  b.left >= 0 && b.top >= 0 && b.left + b.width <= v.width && b.top + b.height <= v.height;

/** A phone's single-column form, as on the AliPay security page at 420 × 800. */
const phone = { width: 420, height: 800 };
const phoneFields: Box[] = [312, 396, 477, 561, 645].map((top) => ({
  top,
  left: 40,
  width: 340,
  height: 42,
}));

describe('callout placement beside the control', () => {
  it('sits beside the control when there is room', () => {
    const target = ringAround({ top: 300, left: 400, width: 120, height: 40 });
    const { placement, box } = placeCallout(target, size, viewport, none);
    expect(placement).toBe('right');
    expect(overlaps(box, target)).toBe(false);
    // 12 px from the control itself: 6 px of ring, 6 px of gap.
    expect(box.left).toBe(400 + 120 + 12);
  });

  it('never covers a field the shopper must type into', () => {
    const target = ringAround({ top: 600, left: 500, width: 100, height: 40 });
    // Fields to the right of and above the Save button: the left side is the free one.
    const fields = [
      { top: 560, left: 620, width: 600, height: 120 },
      { top: 300, left: 400, width: 400, height: 250 },
    ];
    const { placement, box } = placeCallout(target, size, viewport, { keep: [], fields });
    expect(placement).toBe('left');
    for (const f of fields) expect(overlaps(box, f)).toBe(false);
    expect(overlaps(box, target)).toBe(false);
  });

  it('never covers the header menu, even where it would be closest', () => {
    // "My AliExpress" in the header's account menu, at the right edge: to its left is the
    // rest of the menu, so the callout goes below it.
    const menu = { top: 18, left: 893, width: 363, height: 24 };
    const target = ringAround({ top: 20, left: 1050, width: 111, height: 19 });
    const { placement, box } = placeCallout(target, size, viewport, { keep: [menu], fields: [] });
    expect(placement).toBe('below');
    expect(overlaps(box, menu)).toBe(false);
    expect(overlaps(box, target)).toBe(false);
  });

  it('stays inside the viewport, and goes to the corner without a control', () => {
    const target = ringAround({ top: 5, left: 1200, width: 70, height: 30 });
    const { box } = placeCallout(target, size, viewport, none);
    expect(inside(box, viewport)).toBe(true);
    expect(placeCallout(null, size, viewport, none).placement).toBe('corner');
  });

  it('moves away from its control rather than over a field: the corner, then the bar', () => {
    // A wide form around the control: every side of it is a field.
    const target = ringAround({ top: 380, left: 600, width: 80, height: 40 });
    const fields = [
      { top: 300, left: 100, width: 1080, height: 60 },
      { top: 380, left: 100, width: 480, height: 40 },
      { top: 380, left: 700, width: 480, height: 40 },
      { top: 440, left: 100, width: 1080, height: 60 },
    ];
    const corner = placeCallout(target, size, viewport, { keep: [], fields });
    expect(corner.placement).toBe('corner');
    // The same form filling the lower part of the screen too: only a bar covers nothing.
    const tall = [...fields, { top: 520, left: 100, width: 1080, height: 260 }];
    const bar = placeCallout(target, size, viewport, { keep: [], fields: tall });
    expect(bar.placement).toBe('dock-top');
    expect(bar.box).toEqual({ top: 0, left: 0, width: 1280, height: 90 });
    for (const f of tall) expect(overlaps(bar.box, f)).toBe(false);
  });

  it('when everything covers something, spares what must stay clear before the fields', () => {
    const target = ringAround({ top: 380, left: 600, width: 80, height: 40 });
    // Fields everywhere; the header menu across the top.
    const fields = [{ top: 0, left: 0, width: 1280, height: 800 }];
    const menu = { top: 0, left: 0, width: 1280, height: 60 };
    const { box } = placeCallout(target, size, viewport, { keep: [menu], fields });
    expect(overlaps(box, menu)).toBe(false);
    expect(overlaps(box, target)).toBe(false);
  });
});

describe('callout placement on a narrow screen: a bar', () => {
  it(`docks below ${DOCK_BELOW} px wide, however much room there is beside the control`, () => {
    const target = ringAround({ top: 100, left: 10, width: 40, height: 30 });
    const { placement, box } = placeCallout(target, size, { width: 599, height: 800 }, none);
    expect(placement).toBe('dock-bottom');
    expect(box).toEqual({ top: 710, left: 0, width: 599, height: 90 });
    const wide = placeCallout(target, size, { width: DOCK_BELOW, height: 800 }, none);
    expect(wide.placement).toBe('right');
  });

  it('docks at the top when the bottom would cover the fields (the security page at 420 px)', () => {
    // Save half below the fold, the PIN fields above it.
    const save = ringAround({ top: 787, left: 40, width: 71, height: 40 });
    const { placement, box } = placeCallout(save, size, phone, { keep: [], fields: phoneFields });
    expect(placement).toBe('dock-top');
    for (const f of phoneFields) expect(overlaps(box, f)).toBe(false);
    expect(inside(box, phone)).toBe(true);
  });

  it('docks at the bottom when the header menu is at the top (My AliExpress at 360 px)', () => {
    const menu = { top: 12, left: 213, width: 215, height: 72 };
    const link = ringAround({ top: 246, left: 80, width: 145, height: 19 });
    const v = { width: 360, height: 740 };
    const { placement, box } = placeCallout(link, size, v, { keep: [menu], fields: [] });
    expect(placement).toBe('dock-bottom');
    expect(overlaps(box, menu)).toBe(false);
    expect(overlaps(box, link)).toBe(false);
  });

  it('keeps the highlighted control clear before the fields', () => {
    // Save at the bottom edge, a field under the top edge: the bar covers the field.
    const save = ringAround({ top: 740, left: 40, width: 71, height: 40 });
    const field = { top: 40, left: 40, width: 340, height: 42 };
    const { placement } = placeCallout(save, size, phone, { keep: [], fields: [field] });
    expect(placement).toBe('dock-top');
  });

  it('keeps the focused field clear before the others', () => {
    // Fields under both edges; the shopper is typing in the one at the bottom.
    const top = { top: 20, left: 40, width: 340, height: 42 };
    const focused = { top: 740, left: 40, width: 340, height: 42 };
    const { placement } = placeCallout(null, size, phone, {
      keep: [focused],
      fields: [top, focused],
    });
    expect(placement).toBe('dock-top');
  });

  it('without any obstacle prefers the bottom edge, leaving the header free', () => {
    expect(placeCallout(null, size, phone, none).placement).toBe('dock-bottom');
  });

  it('between two imperfect edges, picks the one that covers less', () => {
    // The bar at the top would cover most of a field, at the bottom only its edge.
    const fields = [
      { top: 10, left: 40, width: 340, height: 60 },
      { top: 700, left: 40, width: 340, height: 20 },
    ];
    const { placement } = placeCallout(null, size, phone, { keep: [], fields });
    expect(placement).toBe('dock-bottom');
  });
});

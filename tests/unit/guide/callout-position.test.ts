import { describe, expect, it } from 'vitest';
import { placeCallout, type Box } from '@/utils/guide/callout-position';

const viewport = { width: 1280, height: 800 };
const size = { width: 320, height: 200 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('callout placement', () => {
  it('sits beside the control when there is room', () => {
    const target = { top: 300, left: 400, width: 120, height: 40 };
    const { placement, box } = placeCallout(target, size, viewport, []);
    expect(placement).toBe('right');
    expect(overlaps(box, target)).toBe(false);
  });

  it('never covers a field the shopper must type into', () => {
    const target = { top: 600, left: 500, width: 100, height: 40 };
    // Fields to the right of and above the Save button: the left side is the free one.
    const fields = [
      { top: 560, left: 620, width: 600, height: 120 },
      { top: 300, left: 400, width: 400, height: 250 },
    ];
    const { placement, box } = placeCallout(target, size, viewport, fields);
    expect(placement).toBe('left');
    for (const f of fields) expect(overlaps(box, f)).toBe(false);
    expect(overlaps(box, target)).toBe(false);
  });

  it('stays inside the viewport, and goes to the corner without a control', () => {
    const target = { top: 5, left: 1200, width: 70, height: 30 };
    const { box } = placeCallout(target, size, viewport, []);
    expect(box.left + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(placeCallout(null, size, viewport, []).placement).toBe('corner');
  });
});

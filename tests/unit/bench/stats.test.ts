import { describe, expect, it } from 'vitest';
import { median, medianRatio, percentile, ratio, round, summarize } from '../../tools/bench/stats';

describe('bench stats', () => {
  it('takes percentiles by linear interpolation between ranks', () => {
    const xs = [5, 1, 4, 2, 3]; // unsorted on purpose
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(5);
    expect(percentile(xs, 50)).toBe(3);
    expect(percentile(xs, 25)).toBe(2);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBeCloseTo(19.05);
  });

  it('does not reorder the caller’s samples', () => {
    const xs = [3, 1, 2];
    percentile(xs, 50);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('gives NaN for no samples and rejects percentiles outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('takes the median of even and odd counts', () => {
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('summarizes samples', () => {
    const s = summarize([4, 1, 3, 2]);
    expect(s).toMatchObject({ n: 4, p50: 2.5, min: 1, max: 4 });
    expect(s.p95).toBeCloseTo(3.85);
    expect(summarize([]).n).toBe(0);
  });

  it('divides, treating 0/0 as no change', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(medianRatio([10, 11, 30], [10, 10, 10])).toBeCloseTo(1.1);
  });

  it('rounds for display, leaving non-finite values alone', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

/** Pure statistics for the benchmark: percentiles, medians and ratios of samples. */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks
 * (the "type 7" definition used by numpy and spreadsheets). NaN when empty.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0–100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lo = sorted[low]!;
  return lo + (sorted[high]! - lo) * (rank - low);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** a / b, where 0 / 0 is 1 (nothing added to nothing) and x / 0 is Infinity. */
export function ratio(a: number, b: number): number {
  if (b === 0) return a === 0 ? 1 : Number.POSITIVE_INFINITY;
  return a / b;
}

/** Ratio of medians: robust to the odd slow run on a shared machine. */
export function medianRatio(
  withSamples: readonly number[],
  withoutSamples: readonly number[],
): number {
  return ratio(median(withSamples), median(withoutSamples));
}

/** Rounds for display and JSON: keeps small numbers readable without false precision. */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * A/B comparison of one URL between a browser with the extension and one
 * without: alternating loads (A B, then B A, …) so drift on a shared machine
 * falls on both arms alike, reported as ratios of medians.
 */
import type { Browser } from 'puppeteer';
import { measureLoad, type LoadOptions, type LoadSample } from './page-load';
import { median, medianRatio } from './stats';

export interface Arms {
  withExtension: Browser;
  without: Browser;
}

export interface AbResult {
  label: string;
  url: string;
  runs: number;
  scriptMs: { with: number[]; without: number[] };
  taskMs: { with: number[]; without: number[] };
  /** Median with / median without. */
  scriptRatio: number;
  taskRatio: number;
  /** Median with − median without, ms. */
  addedScriptMs: number;
  addedTaskMs: number;
  /** JS heap after a forced GC at the end of each load, bytes. */
  heapBytes: { with: number[]; without: number[] };
  /** Median with − median without, bytes. */
  addedHeapBytes: number;
  /** `longtask` entries per load, median, on each arm (not attributed: see extension-trace.ts). */
  longTasksPerLoad: { with: number; without: number };
  /** Share of loads with the extension on which its guide was on the page. */
  guideShown: number;
  /** The same on the other arm (an extension there too, in the guide's share). */
  guideShownWithout: number;
  /** Wall time per load, tab handling included: with, without. */
  wallMs: { with: number[]; without: number[] };
}

export async function compareLoads(
  arms: Arms,
  label: string,
  url: string,
  runs: number,
  options: LoadOptions,
): Promise<AbResult> {
  const a: LoadSample[] = [];
  const b: LoadSample[] = [];
  for (let run = 0; run < runs; run++) {
    const measureA = async () => a.push(await measureLoad(arms.withExtension, url, options));
    const measureB = async () => b.push(await measureLoad(arms.without, url, options));
    if (run % 2 === 0) {
      await measureA();
      await measureB();
    } else {
      await measureB();
      await measureA();
    }
  }
  const pick = (samples: LoadSample[], key: 'scriptMs' | 'taskMs' | 'heapBytes') =>
    samples.map((s) => s[key]);
  return {
    label,
    url,
    runs,
    scriptMs: { with: pick(a, 'scriptMs'), without: pick(b, 'scriptMs') },
    taskMs: { with: pick(a, 'taskMs'), without: pick(b, 'taskMs') },
    scriptRatio: medianRatio(pick(a, 'scriptMs'), pick(b, 'scriptMs')),
    taskRatio: medianRatio(pick(a, 'taskMs'), pick(b, 'taskMs')),
    addedScriptMs: median(pick(a, 'scriptMs')) - median(pick(b, 'scriptMs')),
    addedTaskMs: median(pick(a, 'taskMs')) - median(pick(b, 'taskMs')),
    heapBytes: { with: pick(a, 'heapBytes'), without: pick(b, 'heapBytes') },
    addedHeapBytes: median(pick(a, 'heapBytes')) - median(pick(b, 'heapBytes')),
    longTasksPerLoad: {
      with: median(a.map((s) => s.longTasksMs.length)),
      without: median(b.map((s) => s.longTasksMs.length)),
    },
    guideShown: a.filter((s) => s.guide).length / Math.max(1, a.length),
    guideShownWithout: b.filter((s) => s.guide).length / Math.max(1, b.length),
    wallMs: { with: a.map((s) => s.wallMs), without: b.map((s) => s.wallMs) },
  };
}

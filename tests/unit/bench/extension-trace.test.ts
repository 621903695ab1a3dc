import { describe, expect, it } from 'vitest';
import { summarizeTrace } from '../../tools/bench/extension-trace';
import type { TraceEvent } from '../../tools/bench/main-thread-breakdown';

const EXT = 'chrome-extension://abc/guide.js';
const PAGE = 'http://aliexpress.localhost/app.js';

/** A complete event on the page's main thread, times in ms (traces count µs). */
const x = (name: string, fromMs: number, toMs: number, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 1,
  ts: fromMs * 1000,
  dur: (toMs - fromMs) * 1000,
  ...(url ? { args: { data: { url } } } : {}),
});

/** The page's main thread, named, its document parsed, and a timer of ours: 3 ms of callback. */
const PAGE_WITH_A_TIMER: TraceEvent[] = [
  { ...x('thread_name', 0, 0), ph: 'M', args: { name: 'CrRendererMain' } },
  x('ParseHTML', 0, 1, PAGE),
  x('RunTask', 1, 10),
  x('FunctionCall', 2, 5, EXT),
];

describe('the extension’s script in a trace', () => {
  it('counts promise reactions that ran no page script as bare microtasks, once', () => {
    const summary = summarizeTrace([
      ...PAGE_WITH_A_TIMER,
      // A reply from the background resumes our `await`: 5 ms of microtasks, 1 of them
      // an observer callback of ours that names its script (counted as a callback).
      x('RunTask', 20, 26),
      x('RunMicrotasks', 20, 25),
      x('FunctionCall', 21, 22, EXT),
      // The page's own script and its promise reactions: not ours.
      x('RunTask', 30, 40),
      x('FunctionCall', 30, 32, PAGE),
      x('RunMicrotasks', 32, 35),
    ]);
    expect(summary.callbacksMs).toBeCloseTo(4);
    expect(summary.scriptMs).toBeCloseTo(4);
    expect(summary.bareMicrotasksMs).toBeCloseTo(4);
  });

  it('finds no bare microtasks in a load without them', () => {
    const summary = summarizeTrace(PAGE_WITH_A_TIMER);
    expect(summary.bareMicrotasksMs).toBe(0);
    expect(summary.scriptMs).toBeCloseTo(3);
  });
});

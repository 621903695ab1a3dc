/**
 * Attribution from a Chromium trace of one page load: which main-thread tasks
 * ran the extension's script, for how long, and in which phase (compiling the
 * content script, evaluating it, later callbacks). Long Animation Frames would
 * be the lighter tool, but Chromium leaves isolated-world (extension) scripts
 * out of `scripts[]`, so a trace is the only way to name our long tasks.
 * Tracing slows the page a little: use it on separate loads, not timed ones.
 */
import type { Browser } from 'puppeteer';
import { mainThreadBreakdown, type Breakdown, type TraceEvent } from './main-thread-breakdown';
import type { LoadOptions } from './page-load';

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
];

export interface TraceSummary {
  /** Main-thread tasks of 50 ms or more that ran extension script, with the script's share. */
  longTasks: { taskMs: number; extensionMs: number }[];
  /** All main-thread tasks of 50 ms or more in the document's renderer, whoever ran them. */
  allLongTasks: number;
  /** All of the extension's script on the main thread: evaluation (compile included) and callbacks. */
  scriptMs: number;
  compileMs: number;
  evaluateMs: number;
  callbacksMs: number;
  /**
   * Script that ran as bare microtasks: tasks of the document's main thread
   * that ran promise reactions and no script with a URL of the page's, less
   * any extension script inside them (counted above). A reply from the
   * extension's background resumes the content script's `await` this way, with
   * no event that names its script; a page's own promise reactions can land
   * here too, so rows subtract the same figure of loads without the extension.
   * Zero in an extension page, where every microtask is already counted.
   */
  bareMicrotasksMs: number;
  /** Extension callbacks (timers, observers, events) by function name, ms. */
  callbacks: Record<string, number>;
  /** The page's whole main thread by kind of work (self time), the extension's part included. */
  mainThread: Breakdown;
}

const LONG_TASK_MS = 50;
/** Script events that name their script's URL. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);
/** In an extension page, script also runs under these names, which carry no URL (modules, microtasks). */
const PAGE_SCRIPT_EVENTS = new Set([
  ...SCRIPT_EVENTS,
  'v8.compileModule',
  'v8.evaluateModule',
  'RunMicrotasks',
  'v8.callFunction',
]);
const isCompile = (e: TraceEvent) => e.name === 'v8.compile' || e.name === 'v8.compileModule';
const isEvaluate = (e: TraceEvent) => e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule';
const isExtensionUrl = (url: string | undefined) =>
  !!url && /^(chrome|moz)-extension:\/\//.test(url);
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
/** Whether `e` ran inside `outer`, on its thread. */
const within = (outer: TraceEvent, e: TraceEvent) =>
  e.pid === outer.pid && e.tid === outer.tid && e.ts >= outer.ts && end(e) <= end(outer);

/** Events not nested in an earlier one of the list (per thread), in time order. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const lastEnd = new Map<string, number>();
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (lastEnd.get(thread) ?? -Infinity)) continue;
    out.push(e);
    lastEnd.set(thread, end(e));
  }
  return out;
}

export function summarizeTrace(events: TraceEvent[]): TraceSummary {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`);
  // In an extension page (the popup) every script is ours, modules included, whose events carry no URL.
  const extensionDocs = new Set(
    events
      .filter((e) => e.name === 'ParseHTML' && isExtensionUrl(e.args?.beginData?.url))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = events.filter(
    (e) =>
      onMain(e) &&
      ((SCRIPT_EVENTS.has(e.name) && isExtensionUrl(e.args?.data?.url)) ||
        (extensionDocs.has(`${e.pid}:${e.tid}`) && PAGE_SCRIPT_EVENTS.has(e.name))),
  );
  const sum = (list: TraceEvent[]) => list.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;

  const scripts = outermost(ours.filter((e) => !isCompile(e)));
  const callbacks: Record<string, number> = {};
  for (const e of scripts.filter((s) => !isEvaluate(s))) {
    const name = e.args?.data?.functionName || (e.name === 'FunctionCall' ? '(anonymous)' : e.name);
    callbacks[name] = (callbacks[name] ?? 0) + (e.dur ?? 0) / 1000;
  }

  const tasks = outermost(events.filter((e) => onMain(e) && e.name === 'RunTask'));
  const longTasks = tasks
    .filter((t) => (t.dur ?? 0) / 1000 >= LONG_TASK_MS)
    .map((t) => ({
      taskMs: (t.dur ?? 0) / 1000,
      extensionMs: sum(scripts.filter((s) => within(t, s))),
    }))
    .filter((t) => t.extensionMs > 0);

  const documentThreads = new Set(
    events.filter((e) => e.name === 'ParseHTML' && onMain(e)).map((e) => `${e.pid}:${e.tid}`),
  );
  const pageScript = events.filter(
    (e) => onMain(e) && SCRIPT_EVENTS.has(e.name) && !isExtensionUrl(e.args?.data?.url),
  );
  const microtasks = outermost(events.filter((e) => onMain(e) && e.name === 'RunMicrotasks'));
  let bareMicrotasksMs = 0;
  for (const t of tasks) {
    const thread = `${t.pid}:${t.tid}`;
    if (!documentThreads.has(thread) || extensionDocs.has(thread)) continue;
    if (pageScript.some((e) => within(t, e))) continue;
    for (const m of microtasks.filter((e) => within(t, e)))
      bareMicrotasksMs += (m.dur ?? 0) / 1000 - sum(scripts.filter((e) => within(m, e)));
  }
  return {
    longTasks,
    allLongTasks: tasks.filter(
      (t) => documentThreads.has(`${t.pid}:${t.tid}`) && (t.dur ?? 0) / 1000 >= LONG_TASK_MS,
    ).length,
    scriptMs: sum(scripts),
    mainThread: mainThreadBreakdown(events, documentThreads),
    compileMs: sum(outermost(ours.filter(isCompile))),
    evaluateMs: sum(scripts.filter(isEvaluate)),
    callbacksMs: sum(scripts.filter((e) => !isEvaluate(e))),
    bareMicrotasksMs,
    callbacks,
  };
}

/** Loads `url` in a fresh tab with tracing on and summarizes the extension's part. */
export async function traceLoad(
  browser: Browser,
  url: string,
  { settle }: LoadOptions,
): Promise<TraceSummary> {
  const page = await browser.newPage();
  try {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const buffer = await page.tracing.stop();
    const parsed = JSON.parse(new TextDecoder().decode(buffer)) as
      { traceEvents?: TraceEvent[] } | TraceEvent[];
    return summarizeTrace(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
  } finally {
    await page.close();
  }
}

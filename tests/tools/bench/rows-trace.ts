/** Table rows from traced loads: the extension's phases, its long tasks, the main thread by kind. */
import { TARGETS } from '../../harness/bundle/budgets';
import type { TraceSummary } from './extension-trace';
import { KINDS, type Kind } from './main-thread-breakdown';
import { ms, row, type Row } from './report';
import { median, summarize } from './stats';

export function longTaskRow(section: string, traces: TraceSummary[]): Row {
  const tasks = traces.flatMap((t) => t.longTasks);
  const worst = Math.max(0, ...tasks.map((t) => t.taskMs));
  const value = tasks.length === 0 ? '0' : `${tasks.length} (longest ${ms(worst)})`;
  return row(
    section,
    'tasks ≥ 50 ms running extension script (traced loads)',
    value,
    `${traces.length} loads`,
    {
      text: `${TARGETS.extensionLongTasks}`,
      ok: tasks.length <= TARGETS.extensionLongTasks,
    },
  );
}

/** Every main-thread task ≥ 50 ms in traced loads, whoever ran it: with vs without, total and per load. */
export function allLongTasksRow(
  section: string,
  withT: TraceSummary[],
  withoutT: TraceSummary[],
): Row {
  const total = (list: TraceSummary[]) => list.reduce((s, t) => s + t.allLongTasks, 0);
  const med = (list: TraceSummary[]) => median(list.map((t) => t.allLongTasks));
  return row(
    section,
    'all tasks ≥ 50 ms (traced loads), with vs without: total (median per load)',
    `${total(withT)} (${med(withT)}) vs ${total(withoutT)} (${med(withoutT)})`,
    `${withT.length}+${withoutT.length} loads`,
  );
}

/** Median self time per kind of main-thread work, with vs without, for the kinds that differ most. */
export function breakdownRow(
  section: string,
  withT: TraceSummary[],
  withoutT: TraceSummary[],
): Row {
  const med = (list: TraceSummary[], k: Kind | 'total') => median(list.map((t) => t.mainThread[k]));
  const parts = (['total', ...KINDS] as const)
    .map((k) => ({ k, a: med(withT, k), b: med(withoutT, k) }))
    .filter(({ k, a, b }) => k === 'total' || Math.abs(a - b) >= 1)
    .map(({ k, a, b }) => `${KIND_LABEL[k]} ${a.toFixed(0)} vs ${b.toFixed(0)}`);
  return row(
    section,
    'main thread per traced load, ms with vs without',
    parts.join(', '),
    `${withT.length}+${withoutT.length} loads`,
  );
}

const KIND_LABEL: Record<Kind | 'total', string> = {
  total: 'all',
  script: 'script',
  styleLayout: 'style+layout',
  paint: 'paint',
  parseHtml: 'parse',
  contextSetup: 'JS contexts',
  gc: 'GC',
  other: 'other',
};
/** The extension's bare microtasks per traced load: median with − median without. */
export function addedBareMicrotasksMs(withT: TraceSummary[], withoutT: TraceSummary[]): number {
  return (
    median(withT.map((t) => t.bareMicrotasksMs)) - median(withoutT.map((t) => t.bareMicrotasksMs))
  );
}

/**
 * Median per traced load of the extension's script, all of it and by phase. The
 * whole includes compiling the script, which CDP's ScriptDuration leaves out: a
 * change that only moves compiling there (V8's eager-compile hint did) shows in
 * ScriptDuration as a gain, not here. With `withoutT`, loads of the same page
 * without the extension, it also includes what the content script ran as bare
 * microtasks (`bareMicrotasksMs`: resuming after the background's replies),
 * less the same figure without the extension. `limitMs`: issue #10's target.
 */
export function phaseRow(
  section: string,
  traces: TraceSummary[],
  withoutT?: TraceSummary[],
  limitMs?: number,
): Row {
  const p50 = (f: (t: TraceSummary) => number) => summarize(traces.map(f)).p50;
  const bare = withoutT ? addedBareMicrotasksMs(traces, withoutT) : 0;
  const all = p50((t) => t.scriptMs) + bare;
  const phases = [
    `compile ${ms(p50((t) => t.compileMs))}`,
    `evaluate (incl. compile) ${ms(p50((t) => t.evaluateMs))}`,
    `callbacks ${ms(p50((t) => t.callbacksMs))}`,
    ...(withoutT ? [`bare microtasks ${ms(bare)}`] : []),
  ];
  return row(
    section,
    `extension script per load, median of traced loads: all (compile, evaluate, callbacks${withoutT ? ', bare microtasks with − without' : ''})`,
    `${ms(all)} (${phases.join(', ')})`,
    `${traces.length} loads`,
    limitMs === undefined ? undefined : { text: `≤ ${limitMs} ms`, ok: all <= limitMs },
  );
}

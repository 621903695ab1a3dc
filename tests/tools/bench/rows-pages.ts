/** Table rows for what does not need an open popup: bundle sizes, page overhead, the busy page, churn. */
import { BUNDLE_BUDGET_KB, KB, TARGETS } from '../../harness/bundle/budgets';
import type { EntrySize } from '../../harness/bundle/bundle-size';
import type { AbResult } from './ab-compare';
import type { BusyLoads, BusyPageResult } from './busy-page';
import type { ChurnResult } from './churn';
import type { HeapBreakdown } from './heap-breakdown';
import { HEAP_KINDS } from './heap-kinds';
import type { PageOverheadResult } from './page-overhead';
import { kb, ms, row, times, type Row } from './report';
import {
  addedBareMicrotasksMs,
  allLongTasksRow,
  breakdownRow,
  longTaskRow,
  phaseRow,
} from './rows-trace';
import { median } from './stats';

export function sizeRows(sizes: EntrySize[]): Row[] {
  return sizes.map((s) =>
    row('Size (gzip -9)', `${s.build} ${s.entry}`, kb(s.gzipBytes), '1', {
      text: `≤ ${BUNDLE_BUDGET_KB[s.entry]} KB`,
      ok: s.gzipBytes <= BUNDLE_BUDGET_KB[s.entry] * KB,
    }),
  );
}

/** `×2.57 (263.1 vs 102.4 ms)`: the ratio of medians, then both medians. */
function abValue(ratio: number, withMs: number[], withoutMs: number[]): string {
  return `${times(ratio)} (${ms(median(withMs))} vs ${ms(median(withoutMs))})`;
}

const signed = (v: number, text: string) => `${v >= 0 ? '+' : ''}${text}`;

/** `+12.3 ms (45.6 vs 33.3 ms)`: median with − median without, then both medians. */
function addedMsValue(withMs: number[], withoutMs: number[]): string {
  const a = median(withMs);
  const b = median(withoutMs);
  return `${signed(a - b, ms(a - b))} (${ms(a)} vs ${ms(b)})`;
}

/** Whole KB (1 KB = 1000 B), as the heap rows give them. */
const kbOf = (bytes: number) => `${(bytes / KB).toFixed(0)} KB`;

/** `+612 KB (1222 KB vs 610 KB)`: JS heap, median with − median without, then both (1 KB = 1000 B). */
function addedKbValue(withBytes: number[], withoutBytes: number[]): string {
  const a = median(withBytes);
  const b = median(withoutBytes);
  return `${signed(a - b, kbOf(a - b))} (${kbOf(a)} vs ${kbOf(b)})`;
}

/** JS heap after a forced GC, median with − median without, against the target. */
function heapRow(section: string, r: AbResult, control: boolean): Row {
  const a = median(r.heapBytes.with);
  const b = median(r.heapBytes.without);
  return row(
    section,
    'JS heap added (JSHeapUsedSize after a forced GC), with − without',
    addedKbValue(r.heapBytes.with, r.heapBytes.without),
    `${r.runs}/arm`,
    control
      ? { text: '≈ 0 (control)' }
      : { text: `≤ ${TARGETS.addedHeapKb} KB`, ok: a - b <= TARGETS.addedHeapKb * KB },
  );
}

export function overheadRows(results: PageOverheadResult[]): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    const runs = `${r.runs}/arm`;
    // The control page says how much noise the method has: expected ×1.00, not a target.
    const target = (ratio: number) =>
      r.control
        ? { text: '≈ ×1.00 (control)' }
        : { text: `≤ ${times(TARGETS.pageOverheadRatio)}`, ok: ratio <= TARGETS.pageOverheadRatio };
    const section = `Page overhead: ${r.label}`;
    rows.push(
      row(
        section,
        'ScriptDuration with/without',
        abValue(r.scriptRatio, r.scriptMs.with, r.scriptMs.without),
        runs,
        target(r.scriptRatio),
      ),
    );
    rows.push(
      row(
        section,
        'TaskDuration with/without',
        abValue(r.taskRatio, r.taskMs.with, r.taskMs.without),
        runs,
        target(r.taskRatio),
      ),
    );
    // Issue #10: absolute added time per journey page load (the control should add ≈ 0).
    const added = (limit: number, value: number) =>
      r.control ? { text: '≈ +0 ms (control)' } : { text: `≤ +${limit} ms`, ok: value <= limit };
    rows.push(
      row(
        section,
        'added ScriptDuration per load (compiling the content script left out), median with − without',
        addedMsValue(r.scriptMs.with, r.scriptMs.without),
        runs,
        added(TARGETS.journeyAddedScriptMs, r.addedScriptMs),
      ),
      row(
        section,
        'added TaskDuration per load, median with − without',
        addedMsValue(r.taskMs.with, r.taskMs.without),
        runs,
        added(TARGETS.journeyAddedTaskMs, r.addedTaskMs),
      ),
      heapRow(section, r, r.control),
    );
    rows.push(
      row(
        section,
        'longtask entries per load, median with / without',
        `${r.longTasksPerLoad.with} / ${r.longTasksPerLoad.without}`,
        runs,
      ),
    );
    rows.push(breakdownRow(section, r.traces, r.tracesWithout));
    if (!r.control)
      rows.push(
        phaseRow(section, r.traces, r.tracesWithout, TARGETS.journeyAddedScriptMs),
        longTaskRow(section, r.traces),
      );
  }
  return rows;
}

/** Added script, tasks and heap of one A/B comparison, no target: `arms` names what was compared. */
function addedRows(section: string, r: AbResult, arms = 'with − without'): Row[] {
  const runs = `${r.runs}/arm`;
  return [
    row(
      section,
      `added ScriptDuration per load, ${arms}`,
      addedMsValue(r.scriptMs.with, r.scriptMs.without),
      runs,
    ),
    row(
      section,
      `added TaskDuration per load, ${arms}`,
      addedMsValue(r.taskMs.with, r.taskMs.without),
      runs,
    ),
    row(
      section,
      `JS heap added (JSHeapUsedSize after a forced GC), ${arms}`,
      addedKbValue(r.heapBytes.with, r.heapBytes.without),
      runs,
    ),
  ];
}

/**
 * Issue #10's heap and time targets in context: what an extension whose content
 * script does (almost) nothing adds to the same page, no target.
 */
export function floorRows(r: AbResult): Row[] {
  return addedRows(`Floor: ${r.label}`, r);
}

/**
 * What the added JS heap is made of, per kind (heap-kinds.ts), no target:
 * each extension's arm − the arm without one. The floor's figures say how much
 * of each kind any content script that reads the page and asks its background
 * pays; "in all" is what JSHeapUsedSize counts.
 */
export function heapKindRows(r: HeapBreakdown): Row[] {
  const [none, ...others] = r.arms;
  if (!none) return [];
  return [...HEAP_KINDS, 'all' as const].map((kind) =>
    row(
      `Heap by kind: ${r.label}`,
      `${kind === 'all' ? 'in all' : kind}, added (heap snapshot after a forced GC)`,
      others
        .map((a) => {
          const added = a.sums[kind] - none.sums[kind];
          return `${a.name} ${signed(added, kbOf(added))}`;
        })
        .join(' · '),
      `${r.loads}/arm`,
    ),
  );
}

/**
 * How much of a journey page's overhead is the guide drawing itself (the
 * extension with its guide on − the same with it turned off), no target: the
 * page-overhead rows minus these are what reading the page costs alone.
 */
export function guideShareRows(r: AbResult): Row[] {
  return addedRows(`Guide's share: ${r.label}`, r, 'guide on − guide turned off');
}

export function churnRows(r: ChurnResult): Row[] {
  const runs = `${r.runs}/arm`;
  return [
    row(
      'Churn (10,000 nodes)',
      'ScriptDuration with/without',
      abValue(r.scriptRatio, r.scriptMs.with, r.scriptMs.without),
      runs,
    ),
    row(
      'Churn (10,000 nodes)',
      'TaskDuration with/without',
      abValue(r.taskRatio, r.taskMs.with, r.taskMs.without),
      runs,
    ),
    row(
      'Churn (10,000 nodes)',
      'longtask entries per load, median with / without',
      `${r.longTasksPerLoad.with} / ${r.longTasksPerLoad.without}`,
      runs,
    ),
    breakdownRow('Churn (10,000 nodes)', r.traces, r.tracesWithout),
    phaseRow('Churn (10,000 nodes)', r.traces, r.tracesWithout),
    longTaskRow('Churn (10,000 nodes)', r.traces),
  ];
}

/** The busy page's script target, for a load and its life of `per`. */
const busyScriptTarget = (per: string, value: number) => ({
  text: `≤ +${TARGETS.busyPageAddedScriptMs} ms per ${per}`,
  ok: value <= TARGETS.busyPageAddedScriptMs,
});

/** A busy-page load's life, as its rows name it: `6 s`. */
const lifeOf = (r: BusyLoads) => `${(r.liveMs / 1000).toFixed(0)} s`;

/** Added ScriptDuration (against its target) and TaskDuration of busy-page loads. */
function busyAddedRows(r: BusyLoads): { script: Row; tasks: Row } {
  const runs = `${r.runs}/arm`;
  const per = lifeOf(r);
  return {
    script: row(
      r.label,
      `added ScriptDuration (load + ${per}), median with − without`,
      addedMsValue(r.scriptMs.with, r.scriptMs.without),
      runs,
      busyScriptTarget(per, r.addedScriptMs),
    ),
    tasks: row(
      r.label,
      `added TaskDuration (load + ${per}), median with − without`,
      addedMsValue(r.taskMs.with, r.taskMs.without),
      runs,
    ),
  };
}

/** Issue #10: the busy store page, loaded and left to live; every figure is per load + `liveMs`. */
export function busyRows(r: BusyPageResult): Row[] {
  const section = r.label;
  const runs = `${r.runs}/arm`;
  const per = lifeOf(r);
  const { script, tasks } = busyAddedRows(r);
  // Its bare microtasks too (rows-trace.ts): the busy page's own promise reactions are subtracted.
  const bare = addedBareMicrotasksMs(r.traces, r.tracesWithout);
  const traced = median(r.traces.map((t) => t.scriptMs)) + bare;
  return [
    script,
    row(
      section,
      `extension's script incl. layout it forces and bare microtasks (load + ${per}), median of traced loads`,
      `${ms(traced)} (without its bare microtasks ${ms(traced - bare)}: min ${ms(Math.min(...r.traces.map((t) => t.scriptMs)))}, max ${ms(Math.max(...r.traces.map((t) => t.scriptMs)))})`,
      `${r.traces.length} loads`,
      busyScriptTarget(per, traced),
    ),
    tasks,
    row(
      section,
      'ScriptDuration / TaskDuration with/without',
      `${times(r.scriptRatio)} / ${times(r.taskRatio)}`,
      runs,
    ),
    heapRow(section, r, false),
    row(
      section,
      'longtask entries per load, median with / without',
      `${r.longTasksPerLoad.with} / ${r.longTasksPerLoad.without}`,
      runs,
    ),
    allLongTasksRow(section, r.traces, r.tracesWithout),
    longTaskRow(section, r.traces),
    breakdownRow(section, r.traces, r.tracesWithout),
    phaseRow(section, r.traces, r.tracesWithout),
  ];
}

/**
 * A variant of the busy page against no extension (once the journey is done: what a
 * shopper pays there from then on; with light-DOM components; a ticker animated by
 * script): script, tasks, heap.
 */
export function busyVariantRows(r: BusyLoads): Row[] {
  const { script, tasks } = busyAddedRows(r);
  return [script, tasks, heapRow(r.label, r, false)];
}

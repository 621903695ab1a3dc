/** Table rows for what does not need an open popup: bundle sizes, page overhead, churn. */
import { BUNDLE_BUDGET_KB, KB, TARGETS } from '../../harness/bundle/budgets';
import type { EntrySize } from '../../harness/bundle/bundle-size';
import type { ChurnResult } from './churn';
import type { PageOverheadResult } from './page-overhead';
import { kb, ms, row, times, type Row } from './report';
import { breakdownRow, longTaskRow, phaseRow } from './rows-trace';
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
    rows.push(
      row(
        section,
        'longtask entries per load, median with / without',
        `${r.longTasksPerLoad.with} / ${r.longTasksPerLoad.without}`,
        runs,
      ),
    );
    rows.push(breakdownRow(section, r.traces, r.tracesWithout));
    if (!r.control) rows.push(phaseRow(section, r.traces), longTaskRow(section, r.traces));
  }
  return rows;
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
    phaseRow('Churn (10,000 nodes)', r.traces),
    longTaskRow('Churn (10,000 nodes)', r.traces),
  ];
}

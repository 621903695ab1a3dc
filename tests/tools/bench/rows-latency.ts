/** Table rows for latencies: detection, popup first render, IndexedDB. */
import { TARGETS } from '../../harness/bundle/budgets';
import type { DetectionSample } from './detection-latency';
import {
  POPUP_OVER_CONTROL_P95_MS,
  type PopupRenderResult,
  type PopupSample,
} from './popup-render';
import { ms, row, times, type Row } from './report';
import { longTaskRow, phaseRow } from './rows-trace';
import { summarize, type Summary } from './stats';
import type { StorageResult } from './storage';

export function detectionRows(samples: DetectionSample[], failures: number): Row[] {
  const runs = `${samples.length}${failures ? ` (+${failures} lost)` : ''}`;
  const p = (key: keyof DetectionSample) => summarize(samples.map((s) => s[key]));
  const stored = p('storedMs');
  const shown = p('shownMs');
  const toBg = p('toBackgroundMs');
  const target = (p95: number) => ({
    text: `p95 ≤ ${TARGETS.detectionP95Ms} ms`,
    ok: p95 <= TARGETS.detectionP95Ms && failures === 0,
  });
  return [
    row(
      'Detection latency',
      'evidence → background handles it, p50 / p95',
      `${ms(toBg.p50)} / ${ms(toBg.p95)}`,
      runs,
    ),
    row(
      'Detection latency',
      'evidence → stored in IndexedDB, p50 / p95',
      `${ms(stored.p50)} / ${ms(stored.p95)}`,
      runs,
      target(stored.p95),
    ),
    row(
      'Detection latency',
      'evidence → shown in open popup, p50 / p95',
      `${ms(shown.p50)} / ${ms(shown.p95)}`,
      runs,
      target(shown.p95),
    ),
  ];
}

export function popupRows({
  warm,
  stopped,
  controlWarm,
  controlStopped,
  traces,
}: PopupRenderResult): Row[] {
  // On screen as paint timing says, like the control's first contentful paint (issue #11).
  const w = summarize(warm.map((x) => x.paintedMs));
  const s = summarize(stopped.map((x) => x.paintedMs));
  const phases = (list: PopupSample[]) => {
    const p50 = (key: Exclude<keyof PopupSample, 'source' | 'paintedFirst'>) =>
      summarize(list.map((x) => x[key])).p50;
    return `HTML ${p50('responseEndMs').toFixed(0)}, parsed ${p50('domInteractiveMs').toFixed(0)}, script run ${p50('domContentLoadedMs').toFixed(0)}, drawn ${p50('renderedMs').toFixed(0)}, on screen ${p50('paintedMs').toFixed(0)} ms`;
  };
  const limit = TARGETS.popupColdFactor * w.p95;
  const fromCache = (list: PopupSample[]) =>
    `${list.filter((x) => x.source === 'cache').length} of ${list.length}`;
  const paintedBefore = (list: PopupSample[]) =>
    `${list.filter((x) => x.paintedFirst).length} of ${list.length}`;
  const cw = summarize(controlWarm.map((x) => x.paintedMs));
  const cs = summarize(controlStopped.map((x) => x.paintedMs));
  // Issue #11: what the popup adds to any extension page's first paint, at the p95.
  const overControl = (state: string, popup: Summary, control: Summary) =>
    row(
      'Popup first render',
      `${state}: p95 over the control's p95`,
      `${popup.p95 >= control.p95 ? '+' : '−'}${ms(Math.abs(popup.p95 - control.p95))} (${ms(popup.p95)} vs ${ms(control.p95)})`,
      `${popup.n} + ${control.n}`,
      {
        text: `≤ +${POPUP_OVER_CONTROL_P95_MS} ms`,
        ok: popup.p95 - control.p95 <= POPUP_OVER_CONTROL_P95_MS,
      },
    );
  return [
    row('Popup first render', 'worker warm, p50 / p95', `${ms(w.p50)} / ${ms(w.p95)}`, `${w.n}`, {
      text: `p95 ≤ ${TARGETS.popupWarmP95Ms} ms`,
      ok: w.p95 <= TARGETS.popupWarmP95Ms,
    }),
    row(
      'Popup first render',
      'worker stopped, p50 / p95',
      `${ms(s.p50)} / ${ms(s.p95)} (${times(s.p95 / w.p95)} warm)`,
      `${s.n}`,
      {
        text: `p95 ≤ ${times(TARGETS.popupColdFactor)} warm (${ms(limit)})`,
        ok: s.p95 <= limit,
      },
    ),
    row(
      'Popup first render',
      'first checklist drawn from the snapshot, warm / stopped',
      `${fromCache(warm)} / ${fromCache(stopped)}`,
      `${w.n} + ${s.n}`,
    ),
    row(
      'Popup first render',
      'checklist painted before the script ran (the page’s own markup), warm / stopped',
      `${paintedBefore(warm)} / ${paintedBefore(stopped)}`,
      `${w.n} + ${s.n}`,
    ),
    row('Popup first render', 'warm: phases, p50 since navigation start', phases(warm), `${w.n}`),
    row(
      'Popup first render',
      'stopped: phases, p50 since navigation start',
      phases(stopped),
      `${s.n}`,
    ),
    row(
      'Popup first render',
      'control: empty extension page, first paint p50 / p95, warm; stopped',
      `${ms(cw.p50)} / ${ms(cw.p95)}; ${ms(cs.p50)} / ${ms(cs.p95)} (parsed ${summarize(controlWarm.map((x) => x.domInteractiveMs)).p50.toFixed(0)} / ${summarize(controlStopped.map((x) => x.domInteractiveMs)).p50.toFixed(0)} ms)`,
      `${cw.n} + ${cs.n}`,
    ),
    overControl('warm', w, cw),
    overControl('stopped', s, cs),
    phaseRow('Popup first render', traces),
    longTaskRow('Popup first render', traces),
  ];
}

export function storageRows(r: StorageResult): Row[] {
  const read = summarize(r.readMs);
  const write = summarize(r.writeMs);
  const runs = `${read.n}`;
  return [
    row(
      'Storage (IndexedDB)',
      `read progress record (${r.recordBytes} B JSON), p50 / p95`,
      `${ms(read.p50)} / ${ms(read.p95)}`,
      runs,
    ),
    row(
      'Storage (IndexedDB)',
      'write it, until the transaction completes, p50 / p95',
      `${ms(write.p50)} / ${ms(write.p95)}`,
      runs,
    ),
  ];
}

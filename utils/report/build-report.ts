/**
 * Builds the support report from what the background already holds: the
 * progress, the event log and the "page looks different" diagnostics. Pure:
 * the caller supplies the version, browser, language, active pack and time.
 */
import type { Diagnostic } from '../diagnostics/diagnostic-schema';
import type { GuideEvent } from '../flow/events';
import { stepViews } from '../flow/progress';
import type { Progress } from '../flow/progress-schema';
import { redactReport, type ReportDraft } from './redact-report';
import type { ReportBrowser, ReportPack, SupportReport } from './report-schema';

export interface ReportInput {
  progress: Progress;
  events: readonly GuideEvent[];
  diagnostics: readonly Diagnostic[];
  /** The extension's version (manifest). */
  version: string;
  browser: ReportBrowser;
  /** The browser's UI language, e.g. from `browser.i18n.getUILanguage()`. */
  language: string;
  pack: ReportPack | null;
  now: number;
  /** Saved records in the quarantine (a count only); left out of the report when unknown. */
  quarantined?: number;
}

export function buildReport(input: ReportInput): SupportReport {
  const steps = stepViews(input.progress).map((view) => {
    const step: ReportDraft['steps'][number] = { step: view.step, state: view.state };
    if (view.how) step.how = view.how;
    const at = view.at === undefined ? undefined : isoTime(view.at);
    if (at) step.at = at;
    return step;
  });
  const last = input.progress.lastPage;
  // Every entry is copied field by field, never spread, so nothing unexpected rides along.
  const errors = oldestFirst(input.events.flatMap((e) => (e.kind === 'error' ? [e] : []))).map(
    (e) => ({ errorId: e.errorId, pageId: e.pageId, at: isoTime(e.at) ?? '' }),
  );
  const diagnostics = oldestFirst(input.diagnostics).map((d) => ({
    at: isoTime(d.at) ?? '',
    site: d.site,
    pageId: d.pageId,
    step: d.step,
    expected: d.expected,
    found: [...d.found],
    missing: [...d.missing],
  }));
  // redactReport drops whatever does not fit its pattern (a bad time becomes '' above, then
  // goes), then keeps the newest MAX_REPORT_ERRORS errors and MAX_REPORT_DIAGNOSTICS diagnostics.
  return redactReport({
    createdAt: isoTime(input.now) ?? '',
    extension: { version: input.version },
    browser:
      input.browser.version === undefined
        ? { name: input.browser.name }
        : { name: input.browser.name, version: input.browser.version },
    language: input.language,
    pack: input.pack ? { id: input.pack.id, version: input.pack.version } : null,
    steps,
    lastPage: last ? { site: last.site, pageId: last.pageId, at: isoTime(last.at) ?? '' } : null,
    errors,
    diagnostics,
    ...(input.quarantined === undefined ? {} : { quarantined: input.quarantined }),
  });
}

/** Stable sort by time, so entries logged in the same millisecond keep their order. */
function oldestFirst<T extends { at: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.at - b.at);
}

function isoTime(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

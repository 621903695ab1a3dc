/**
 * The support report as plain text for a chat or an email: one line per step,
 * then the last page, errors and diagnostics. Ids (step, page, error, label)
 * stay in every line whatever the language, so a support person can match the
 * text with the JSON and with the site spec; the surrounding words come from
 * `labels`, English by default. The caller can pass words from browser.i18n
 * (stateDone, howSeen, step titles…) to write it in the shopper's language.
 */
import type { DoneHow } from '../flow/progress-schema';
import type { StepState } from '../flow/progress';
import type { StepId } from '../flow/steps';
import {
  diagnosticLine,
  ENGLISH_DIAGNOSTIC_LABELS,
  type DiagnosticLineLabels,
} from './diagnostic-line';
import type { ReportError, SupportReport } from './report-schema';
import { utcTime as when } from './utc-time';

export interface ReportTextLabels extends DiagnosticLineLabels {
  title: string;
  created: string;
  extension: string;
  browser: string;
  language: string;
  pack: string;
  none: string;
  steps: string;
  states: Record<StepState, string>;
  how: Record<DoneHow, string>;
  /** Optional readable step names, shown after the id. */
  stepNames?: Partial<Record<StepId, string>>;
  lastPage: string;
  errors: string;
  /** "code-incorrect on ap-verify-email" */
  on: string;
  diagnostics: string;
  /** "Saved records that could not be read" (only shown when the report has the count). */
  quarantined: string;
}

export const ENGLISH_REPORT_TEXT: ReportTextLabels = {
  title: 'AliPay Card Guide — support report',
  created: 'Created',
  extension: 'Extension',
  browser: 'Browser',
  language: 'Language',
  pack: 'Guidance pack',
  none: 'none',
  steps: 'Steps',
  states: { done: 'done', current: 'current step', pending: 'not yet' },
  how: { seen: 'seen on the page', implied: 'implied by a later step', manual: 'marked by hand' },
  lastPage: 'Last page recognised',
  errors: 'Errors the guide explained',
  on: 'on',
  diagnostics: 'Pages that looked different',
  quarantined: 'Saved records that could not be read',
  ...ENGLISH_DIAGNOSTIC_LABELS,
};

const MARKS: Record<StepState, string> = { done: '✓', current: '→', pending: '·' };

export function reportToText(
  report: SupportReport,
  labels: ReportTextLabels = ENGLISH_REPORT_TEXT,
): string {
  const l = labels;
  const lines = [
    l.title,
    `${l.created}: ${when(report.createdAt)}`,
    `${l.extension}: ${report.extension.version}`,
    `${l.browser}: ${[report.browser.name, report.browser.version].filter(Boolean).join(' ')}`,
    `${l.language}: ${report.language}`,
    `${l.pack}: ${report.pack ? `${report.pack.id} ${report.pack.version}` : l.none}`,
    '',
    `${l.steps}:`,
    ...report.steps.map((s) => {
      const name = l.stepNames?.[s.step];
      const how = s.how ? ` (${l.how[s.how]})` : '';
      const at = s.at ? ` ${when(s.at)}` : '';
      return `${MARKS[s.state]} ${s.step}${name ? ` (${name})` : ''} — ${l.states[s.state]}${how}${at}`;
    }),
    '',
    `${l.lastPage}: ${
      report.lastPage
        ? `${report.lastPage.site} ${report.lastPage.pageId}, ${when(report.lastPage.at)}`
        : l.none
    }`,
    ...section(l.errors, report.errors, (e) => errorLine(e, l), l.none),
    ...section(l.diagnostics, report.diagnostics, (d) => diagnosticLine(d, l), l.none),
    ...(report.quarantined === undefined ? [] : [`${l.quarantined}: ${report.quarantined}`]),
  ];
  return `${lines.join('\n')}\n`;
}

function section<T>(
  heading: string,
  items: readonly T[],
  line: (item: T) => string,
  none: string,
): string[] {
  if (items.length === 0) return [`${heading}: ${none}`];
  return [`${heading} (${items.length}):`, ...items.map((item) => `- ${line(item)}`)];
}

function errorLine(e: ReportError, l: ReportTextLabels): string {
  return `${when(e.at)} ${e.errorId}${e.pageId ? ` ${l.on} ${e.pageId}` : ''}`;
}

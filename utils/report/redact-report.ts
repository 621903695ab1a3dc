/**
 * The last gate before a report leaves the extension: every field is checked
 * against its id list, enum, time or version pattern, and whatever does not
 * match is dropped (or set to a neutral value), never passed through. The
 * schema already allows only such values; this makes the guarantee hold even
 * if a caller hands `buildReport` something it should not have.
 */
import { z, type core } from 'zod/mini';
import { LABEL_IDS } from '../packs/pack-schema';
import {
  MAX_REPORT_DIAGNOSTICS,
  MAX_REPORT_ERRORS,
  REPORT_FORMAT,
  REPORT_FORMAT_VERSION,
  reportBrowserSchema,
  reportDiagnosticSchema,
  reportErrorSchema,
  reportLanguageSchema,
  reportLastPageSchema,
  reportCountSchema,
  reportPackSchema,
  reportStepSchema,
  reportTimeSchema,
  supportReportSchema,
  type ReportDiagnostic,
  type ReportStep,
  type SupportReport,
} from './report-schema';
import type { DiagnosticFields } from './diagnostic-line';

/** A report before redaction: the same shape, with every id and time still any string. */
export interface ReportDraft {
  createdAt: string;
  extension: { version: string };
  browser: { name: string; version?: string };
  language: string;
  pack: { id: string; version: string } | null;
  steps: readonly { step: string; state: string; how?: string; at?: string }[];
  lastPage: { site: string; pageId: string; at: string } | null;
  errors: readonly { errorId: string; pageId: string | null; at: string }[];
  diagnostics: readonly DiagnosticFields[];
  quarantined?: number;
}

const EPOCH = '1970-01-01T00:00:00.000Z';
const KNOWN_LABELS: ReadonlySet<string> = new Set(LABEL_IDS);
const extensionVersion = supportReportSchema.shape.extension;

export function redactReport(draft: ReportDraft): SupportReport {
  return {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    createdAt: keep(reportTimeSchema, draft.createdAt) ?? EPOCH,
    extension: keep(extensionVersion, { version: draft.extension.version }) ?? { version: '0.0.0' },
    browser: keep(reportBrowserSchema, draft.browser) ??
      keep(reportBrowserSchema, { name: draft.browser.name }) ?? { name: 'other' },
    language: keep(reportLanguageSchema, draft.language) ?? 'und',
    pack: keep(reportPackSchema, draft.pack) ?? null,
    steps: draft.steps.flatMap((s) => keepOne(redactStep(s))),
    lastPage: keep(reportLastPageSchema, draft.lastPage) ?? null,
    errors: draft.errors
      .flatMap((e) => keepOne(keep(reportErrorSchema, e)))
      .slice(-MAX_REPORT_ERRORS),
    diagnostics: draft.diagnostics
      .flatMap((d) => keepOne(redactDiagnostic(d)))
      .slice(-MAX_REPORT_DIAGNOSTICS),
    ...keepCount(draft.quarantined),
  };
}

/** A count, or nothing: never anything but a whole number. */
function keepCount(count: number | undefined): { quarantined?: number } {
  const kept = keep(reportCountSchema, count);
  return kept === undefined ? {} : { quarantined: kept };
}

/** A step keeps its state even if how or when it was done is unusable. */
function redactStep(step: ReportDraft['steps'][number]): ReportStep | undefined {
  const base = keep(reportStepSchema, { step: step.step, state: step.state });
  if (!base) return undefined;
  const withHow =
    step.how === undefined ? undefined : keep(reportStepSchema, { ...base, how: step.how });
  const at = keep(reportTimeSchema, step.at);
  return { ...(withHow ?? base), ...(at === undefined ? {} : { at }) };
}

/** A diagnostic keeps its place and time; label ids it cannot vouch for are dropped. */
function redactDiagnostic(d: ReportDraft['diagnostics'][number]): ReportDiagnostic | undefined {
  const onlyLabels = (ids: readonly string[]) =>
    ids.filter((i) => KNOWN_LABELS.has(i)).slice(0, 64);
  return keep(reportDiagnosticSchema, {
    at: d.at,
    site: d.site,
    pageId: d.pageId,
    step: d.step,
    expected: d.expected !== null && KNOWN_LABELS.has(d.expected) ? d.expected : null,
    found: onlyLabels(d.found),
    missing: onlyLabels(d.missing),
  });
}

function keep<S extends core.$ZodType>(schema: S, value: unknown): z.output<S> | undefined {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : undefined;
}

function keepOne<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

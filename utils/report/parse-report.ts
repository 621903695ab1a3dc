/**
 * Opens a report a shopper sent (support's options page). The same gate as
 * packs: size, JSON, hostile keys, format and version, then the strict schema
 * that admits ids, enums and times only. A report that carries anything else
 * (an email field, a URL) is rejected whole, with located errors.
 */
import type { DataError } from '../data-file/data-error';
import type { MessageKey } from '../i18n/t';
import { checkFormatHeader } from '../data-file/format-header';
import { humanMessage, issuesToErrors } from '../data-file/issue-paths';
import { readJsonData } from '../data-file/read-json-data';
import {
  REPORT_FORMAT,
  REPORT_FORMAT_VERSION,
  supportReportSchema,
  type SupportReport,
} from './report-schema';

export type ParseReportResult =
  { ok: true; report: SupportReport } | { ok: false; errors: DataError[] };

/** 50 errors and 20 diagnostics with full label lists stay well under this. */
export const REPORT_LIMITS = {
  noun: 'a support report',
  nounKey: 'dataNounReport',
  maxBytes: 256 * 1024,
  maxNodes: 20_000,
  maxDepth: 8,
} as const;

/** The messages report-schema.ts sets itself, with the catalogue's words for each. */
export const REPORT_SCHEMA_MESSAGE_KEYS: ReadonlyMap<string, MessageKey> = new Map([
  ['must be a version like 1.2.3', 'dataErrorReportVersion'],
  ['must be a pack id', 'dataErrorReportPackId'],
  ['must be a version like 1.0.0', 'dataErrorPackVersion'],
  ['must be a language tag like "es-ES"', 'dataErrorReportLanguage'],
]);

export function parseReport(json: string): ParseReportResult {
  const read = readJsonData(json, REPORT_LIMITS);
  if (!read.ok) return read;
  const header = checkFormatHeader(read.value, {
    format: REPORT_FORMAT,
    formatVersion: REPORT_FORMAT_VERSION,
    noun: REPORT_LIMITS.noun,
    nounKey: REPORT_LIMITS.nounKey,
  });
  if (header.length > 0) return { ok: false, errors: header };
  const parsed = supportReportSchema.safeParse(read.value, { error: humanMessage });
  if (!parsed.success) {
    return { ok: false, errors: issuesToErrors(parsed.error.issues, REPORT_SCHEMA_MESSAGE_KEYS) };
  }
  return { ok: true, report: parsed.data };
}

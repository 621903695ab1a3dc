/**
 * "Copy report for support": what the shopper's guide saw, as ids, states and
 * times only. Every string field is an id, an enum, an ISO time, a version or
 * a language tag, so the schema itself has no room for a name, an email
 * address, card digits, an input value or a URL (pageUrls are left out on
 * purpose: even without a query string a path can identify an order).
 */
import { z } from 'zod/mini';
import { STEP_IDS } from '../flow/steps';
import { SITES } from '../site/sites';
import { ERROR_IDS, PAGE_IDS } from '../detect/default-rules';
import { LABEL_IDS, PACK_ID, PACK_VERSION } from '../packs/pack-schema';

export const REPORT_FORMAT = 'alipay-card-guide-report';
export const REPORT_FORMAT_VERSION = 1;
export const MAX_REPORT_ERRORS = 50;
export const MAX_REPORT_DIAGNOSTICS = 20;

// Versions ("0.1.0", "131.0.6778.85"): a dot is required and the first part is at
// most three digits, so neither a PIN ("123456") nor grouped card digits fit.
export const REPORT_VERSION = /^\d{1,3}(\.\d{1,5}){1,3}$/;
export const REPORT_LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

// Page, error and label ids are the rule set's own lists, not patterns: a
// name such as "juan-carlos" would fit an id pattern; it fits no list.
const pageId = z.enum(PAGE_IDS);
const errorId = z.enum(ERROR_IDS);
const labelId = z.enum(LABEL_IDS);
const version = z
  .string()
  .check(z.maxLength(40), z.regex(REPORT_VERSION, { error: 'must be a version like 1.2.3' }));
/** Exactly what Date#toISOString writes: UTC, milliseconds. */
export const reportTimeSchema = z.iso.datetime({ precision: 3 });

export const reportStepSchema = z.strictObject({
  step: z.enum(STEP_IDS),
  state: z.enum(['done', 'current', 'pending']),
  how: z.optional(z.enum(['seen', 'implied', 'manual'])),
  at: z.optional(reportTimeSchema),
});

export const reportLastPageSchema = z.strictObject({
  site: z.enum(SITES),
  pageId,
  at: reportTimeSchema,
});

export const reportErrorSchema = z.strictObject({
  errorId,
  pageId: z.nullable(pageId),
  at: reportTimeSchema,
});

/** A "This page looks different" diagnostic (utils/diagnostics), with its time as ISO text. */
export const reportDiagnosticSchema = z.strictObject({
  at: reportTimeSchema,
  site: z.enum(SITES),
  pageId: z.nullable(pageId),
  step: z.nullable(z.enum(STEP_IDS)),
  expected: z.nullable(labelId),
  found: z.array(labelId).check(z.maxLength(64)),
  missing: z.array(labelId).check(z.maxLength(64)),
});

export const reportPackSchema = z.strictObject({
  id: z.string().check(z.regex(PACK_ID, { error: 'must be a pack id' })),
  version: z.string().check(z.regex(PACK_VERSION, { error: 'must be a version like 1.0.0' })),
});

export const reportBrowserSchema = z.strictObject({
  name: z.enum(['chrome', 'firefox', 'other']),
  version: z.optional(version),
});

export const reportLanguageSchema = z
  .string()
  .check(
    z.maxLength(35),
    z.regex(REPORT_LANGUAGE, { error: 'must be a language tag like "es-ES"' }),
  );

export const reportCountSchema = z.int().check(z.minimum(0), z.maximum(1_000_000));

export const supportReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  formatVersion: z.literal(REPORT_FORMAT_VERSION),
  createdAt: reportTimeSchema,
  extension: z.strictObject({ version }),
  browser: reportBrowserSchema,
  language: reportLanguageSchema,
  pack: z.nullable(reportPackSchema),
  steps: z.array(reportStepSchema).check(z.maxLength(STEP_IDS.length)),
  lastPage: z.nullable(reportLastPageSchema),
  /** Errors the guide explained, oldest first. */
  errors: z.array(reportErrorSchema).check(z.maxLength(MAX_REPORT_ERRORS)),
  diagnostics: z.array(reportDiagnosticSchema).check(z.maxLength(MAX_REPORT_DIAGNOSTICS)),
  /**
   * How many saved records (or parts of one) could not be read and are kept in
   * the quarantine (issue #12). A number only: their content never leaves the
   * browser. Absent from reports made before it existed.
   */
  quarantined: z.optional(reportCountSchema),
});

export type SupportReport = z.infer<typeof supportReportSchema>;
export type ReportStep = z.infer<typeof reportStepSchema>;
export type ReportError = z.infer<typeof reportErrorSchema>;
export type ReportDiagnostic = z.infer<typeof reportDiagnosticSchema>;
export type ReportBrowser = z.infer<typeof reportBrowserSchema>;
export type ReportPack = z.infer<typeof reportPackSchema>;

/**
 * One "this page looks different" note as one line, ids only, so it is safe
 * to paste into a chat with support. The popup's notes, the plain-text report
 * and support's view of a shopper's report all write it with this function;
 * only the words around the ids change with the language.
 */
import { utcTime } from './utc-time';

/** A diagnostic as stored (utils/diagnostics) or as reported, with its time as ISO text. */
export interface DiagnosticFields {
  at: string;
  site: string;
  pageId: string | null;
  step: string | null;
  expected: string | null;
  found: readonly string[];
  missing: readonly string[];
}

export interface DiagnosticLineLabels {
  step: string;
  /** Before the label id of the control the guide looked for. */
  expected: string;
  missing: string;
  found: string;
}

export const ENGLISH_DIAGNOSTIC_LABELS: DiagnosticLineLabels = {
  step: 'step',
  expected: 'expected',
  missing: 'missing',
  found: 'found',
};

/** "2026-11-25 10:15 UTC · alipay/ap-manage-cards · step link-card · expected linkCard · missing: linkCard" */
export function diagnosticLine(d: DiagnosticFields, labels: DiagnosticLineLabels): string {
  const parts = [utcTime(d.at), `${d.site}/${d.pageId ?? '?'}`];
  if (d.step) parts.push(`${labels.step} ${d.step}`);
  if (d.expected) parts.push(`${labels.expected} ${d.expected}`);
  if (d.missing.length > 0) parts.push(`${labels.missing}: ${d.missing.join(', ')}`);
  if (d.found.length > 0) parts.push(`${labels.found}: ${d.found.join(', ')}`);
  return parts.join(' · ');
}

/**
 * A zod-free check of a stored diagnostic, for the popup (size budget); a
 * unit test holds it to diagnosticSchema's verdicts.
 */
import { isStepId } from '../flow/steps';
import { SITES } from '../site/sites';
import type { Diagnostic } from '../diagnostics/diagnostic-schema';
import { isRecord } from './is-record';

const LABEL_ID = /^[a-zA-Z0-9]{1,40}$/;
const KEYS = ['at', 'site', 'pageId', 'step', 'expected', 'found', 'missing'];

const isIdList = (x: unknown) =>
  Array.isArray(x) &&
  x.length <= 64 &&
  x.every((id) => typeof id === 'string' && LABEL_ID.test(id));

export function isDiagnostic(x: unknown): x is Diagnostic {
  if (!isRecord(x)) return false;
  const d = x;
  return (
    Object.keys(d).every((k) => KEYS.includes(k)) &&
    // Finite, as z.number() has it: NaN and ±Infinity are refused by both.
    Number.isFinite(d.at) &&
    (SITES as readonly unknown[]).includes(d.site) &&
    (d.pageId === null || (typeof d.pageId === 'string' && d.pageId.length <= 64)) &&
    (d.step === null || isStepId(d.step)) &&
    (d.expected === null || (typeof d.expected === 'string' && d.expected.length <= 40)) &&
    isIdList(d.found) &&
    isIdList(d.missing)
  );
}

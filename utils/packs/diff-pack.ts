/**
 * What installing a candidate pack would change, compared with what the guide
 * does now (the built-in texts and labels plus the active pack), for the
 * "preview before you apply" list. Also lists what the active pack set and
 * the candidate drops, since replacing a pack undoes those.
 */
import { DEFAULT_LABELS } from '../detect/default-labels';
import { STEP_IDS, type StepId } from '../flow/steps';
import { ownValue } from './apply-pack';
import type { Pack, PackStepText } from './pack-schema';
import { stepsProvenBy } from './rule-labels';

export interface PackChange {
  kind: 'label' | 'step-text' | 'tip' | 'link';
  /** Label id; `<step>.title` / `<step>.todo`; `<step>.tips[<i>]`; or the step id of a link. */
  key: string;
  locale?: string;
  /** Undefined: the built-in text or page (or, for a label, no wording in that language). */
  before?: string;
  /** Undefined: back to the built-in text or page (the candidate drops what the active pack set). */
  after?: string;
}

const LABEL_ORDER = Object.keys(DEFAULT_LABELS);
const BUILT_IN: Record<string, Record<string, string>> = DEFAULT_LABELS;

export function describePackChanges(active: Pack | null, candidate: Pack): PackChange[] {
  return [
    ...labelChanges(active, candidate),
    ...stepChanges(active, candidate),
    ...linkChanges(active, candidate),
  ];
}

function labelChanges(active: Pack | null, candidate: Pack): PackChange[] {
  const changes: PackChange[] = [];
  const before = active?.labels ?? {};
  const after = candidate.labels ?? {};
  for (const key of unionKeys(LABEL_ORDER, before, after)) {
    const was = ownValue(before, key) ?? {};
    const will = ownValue(after, key) ?? {};
    const builtIn = ownValue(BUILT_IN, key) ?? {};
    for (const locale of unionKeys([], was, will)) {
      const b = ownValue(was, locale) ?? ownValue(builtIn, locale);
      const a = ownValue(will, locale) ?? ownValue(builtIn, locale);
      if (a !== b) changes.push(change('label', key, locale, b, a));
    }
  }
  return changes;
}

function stepChanges(active: Pack | null, candidate: Pack): PackChange[] {
  const changes: PackChange[] = [];
  const before = active?.steps ?? {};
  const after = candidate.steps ?? {};
  for (const step of unionKeys(STEP_IDS, before, after)) {
    const was = ownValue(before, step) ?? {};
    const will = ownValue(after, step) ?? {};
    for (const locale of unionKeys([], was, will)) {
      const b: PackStepText = ownValue(was, locale) ?? {};
      const a: PackStepText = ownValue(will, locale) ?? {};
      for (const field of ['title', 'todo'] as const) {
        if (a[field] !== b[field])
          changes.push(change('step-text', `${step}.${field}`, locale, b[field], a[field]));
      }
      const tipsBefore = b.tips ?? [];
      const tipsAfter = a.tips ?? [];
      for (let i = 0; i < Math.max(tipsBefore.length, tipsAfter.length); i++) {
        if (tipsBefore[i] !== tipsAfter[i]) {
          changes.push(change('tip', `${step}.tips[${i}]`, locale, tipsBefore[i], tipsAfter[i]));
        }
      }
    }
  }
  return changes;
}

function linkChanges(active: Pack | null, candidate: Pack): PackChange[] {
  const before = active?.links ?? {};
  const after = candidate.links ?? {};
  return unionKeys(STEP_IDS, before, after)
    .map((step) => change('link', step, undefined, ownValue(before, step), ownValue(after, step)))
    .filter((c) => c.before !== c.after);
}

/**
 * The steps whose evidence — what makes the guide count a step as done — the
 * changes touch (a changed wording of a label an evidence rule, or the page
 * it must be seen on, looks for), in journey order. Empty when none does.
 */
export function evidenceStepsChanged(changes: readonly PackChange[]): StepId[] {
  const steps = new Set(changes.flatMap((c) => (c.kind === 'label' ? stepsProvenBy(c.key) : [])));
  return STEP_IDS.filter((step) => steps.has(step));
}

/** Keys of both records: those in `order` first, in that order, then the rest sorted. */
function unionKeys(order: readonly string[], a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const known = order.filter((k) => keys.has(k));
  const rest = [...keys].filter((k) => !order.includes(k)).sort();
  return [...known, ...rest];
}

function change(
  kind: PackChange['kind'],
  key: string,
  locale: string | undefined,
  before: string | undefined,
  after: string | undefined,
): PackChange {
  const out: PackChange = { kind, key };
  if (locale !== undefined) out.locale = locale;
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

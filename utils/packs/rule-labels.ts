/**
 * Which label wordings the guide relies on to decide things, read from the
 * default rules: the labels in an evidence rule (and in the page rule that
 * evidence must be seen on) say when a step counts as done, and the labels in
 * an error rule say which of the spec's errors is on screen. A pack that
 * changes one of them changes those decisions (issue #10).
 */
import { DEFAULT_RULES } from '../detect/default-rules';
import type { LabelId } from '../detect/default-labels';
import type { When } from '../detect/rule-schema';
import { STEP_IDS, type StepId } from '../flow/steps';

function labelsOf(when: When): string[] {
  return [...(when.all ?? []), ...(when.any ?? [])].flatMap((c) =>
    'heading' in c ? [c.heading] : 'control' in c ? [c.control] : 'text' in c ? [c.text] : [],
  );
}

function evidenceSteps(): Map<string, StepId[]> {
  const steps = new Map<string, StepId[]>();
  for (const rule of DEFAULT_RULES.evidence) {
    const page = rule.page ? DEFAULT_RULES.pages.find((p) => p.id === rule.page) : undefined;
    for (const label of [...labelsOf(rule.when), ...(page ? labelsOf(page.when) : [])]) {
      const list = steps.get(label) ?? [];
      if (!list.includes(rule.step)) list.push(rule.step);
      steps.set(label, list);
    }
  }
  for (const list of steps.values()) list.sort((a, b) => STEP_IDS.indexOf(a) - STEP_IDS.indexOf(b));
  return steps;
}

const EVIDENCE_STEPS = evidenceSteps();

/** Labels whose wording decides whether a step is done or an error is shown. */
export const DECIDING_LABELS: ReadonlySet<string> = new Set([
  ...EVIDENCE_STEPS.keys(),
  ...DEFAULT_RULES.errors.flatMap((rule) => labelsOf(rule.when)),
]);

/** The steps whose evidence a label takes part in, in journey order (none for most labels). */
export function stepsProvenBy(label: LabelId | string): readonly StepId[] {
  return EVIDENCE_STEPS.get(label) ?? [];
}

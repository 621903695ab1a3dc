/**
 * Someone else's checklist, read-only: a parsed report's steps as the popup's
 * StepView, so the options page can render them with the same components.
 * Times come back as epoch milliseconds.
 */
import type { StepView } from '../flow/progress';
import type { SupportReport } from './report-schema';

export function reportStepViews(report: SupportReport): StepView[] {
  return report.steps.map((s) => {
    const view: StepView = { step: s.step, state: s.state };
    if (s.how) view.how = s.how;
    if (s.at) view.at = Date.parse(s.at);
    return view;
  });
}

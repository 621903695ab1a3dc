/**
 * A report's steps as a checklist, read-only: the same `data-step` /
 * `data-state` / `data-how` contract as the popup, and no buttons.
 */
import type { StepView } from '@/utils/flow/progress';
import { howText, stateText, stepTitle } from '@/utils/i18n/step-text';
import { utcTime } from '@/utils/report/utc-time';

export function ReportChecklist({ views, label }: { views: readonly StepView[]; label: string }) {
  return (
    <ol class="checklist" aria-label={label}>
      {views.map((view, index) => (
        <li
          key={view.step}
          class={`step step-${view.state}`}
          data-step={view.step}
          data-state={view.state}
          data-how={view.how}
        >
          <span class="step-mark" aria-hidden="true">
            {view.state === 'done' ? '✓' : index + 1}
          </span>
          <span class="step-body">
            <span class="step-title">{stepTitle(view.step)}</span>
            <span class="step-state">
              {stateText(view.state)}
              {view.how ? ` · ${howText(view.how)}` : ''}
              {view.at !== undefined ? ` · ${utcTime(new Date(view.at).toISOString())}` : ''}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * The five steps. `data-step` and `data-state` are a stable contract for
 * people who drive the extension with Puppeteer (see README).
 */
import type { StepView } from '@/utils/flow/progress';
import { t } from '@/utils/i18n/t';
import { howText, stateText, stepTitle } from '@/utils/i18n/step-text';
import { usePopupModel } from './use-popup-model';

function StepItem({ view, index }: { view: StepView; index: number }) {
  const model = usePopupModel();
  const own = model.packText(view.step).title;
  const title = own ?? stepTitle(view.step);
  const packName = own !== undefined ? model.pack.value?.name : undefined;
  return (
    <li
      class={`step step-${view.state}`}
      data-step={view.step}
      data-state={view.state}
      data-how={view.how}
      aria-current={view.state === 'current' ? 'step' : undefined}
    >
      <span class="step-mark" aria-hidden="true">
        {view.state === 'done' ? '✓' : index + 1}
      </span>
      <span class="step-body">
        <span class="step-title">{title}</span>
        {packName && (
          <span class="source" data-pack-source="">
            {t('packSource', packName)}
          </span>
        )}
        <span class="step-state">
          {stateText(view.state)}
          {view.how ? ` · ${howText(view.how)}` : ''}
        </span>
      </span>
      {view.state === 'done' ? (
        <button
          type="button"
          class="link-button"
          data-action="undo"
          aria-label={`${t('undo')}: ${title}`}
          disabled={model.busy.value}
          onClick={() => void model.undo(view.step)}
        >
          {t('undo')}
        </button>
      ) : (
        <button
          type="button"
          class="link-button"
          data-action="mark-done"
          aria-label={`${t('markDone')}: ${title}`}
          disabled={model.busy.value}
          onClick={() => void model.markDone(view.step)}
        >
          {t('markDone')}
        </button>
      )}
    </li>
  );
}

export function Checklist() {
  const model = usePopupModel();
  return (
    <ol class="checklist" aria-label={t('popupTitle')}>
      {model.steps.value.map((view, index) => (
        <StepItem key={view.step} view={view} index={index} />
      ))}
    </ol>
  );
}

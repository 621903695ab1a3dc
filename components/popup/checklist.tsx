/**
 * The five steps. `data-step` and `data-state` are a stable contract for
 * people who drive the extension with Puppeteer (see README).
 */
import type { StepView } from '@/utils/flow/progress';
import type { DoneHow } from '@/utils/flow/progress-schema';
import { t, type MessageKey } from '@/utils/i18n/t';
import { stepTitle } from '@/utils/i18n/step-text';
import { usePopupModel } from './use-popup-model';

const STATE_TEXT: Record<StepView['state'], MessageKey> = {
  done: 'stateDone',
  current: 'stateCurrent',
  pending: 'statePending',
};
const HOW_TEXT: Record<DoneHow, MessageKey> = {
  seen: 'howSeen',
  implied: 'howImplied',
  manual: 'howManual',
};

function StepItem({ view, index }: { view: StepView; index: number }) {
  const model = usePopupModel();
  const title = model.packText(view.step).title ?? stepTitle(view.step);
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
        <span class="step-state">
          {t(STATE_TEXT[view.state])}
          {view.how ? ` · ${t(HOW_TEXT[view.how])}` : ''}
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

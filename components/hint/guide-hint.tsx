/**
 * The small on-page card: which step the shopper is on and what to do next.
 * Rendered in a shadow root; never takes focus, never covers the page's centre.
 */
import type { GuideModel } from '@/utils/content/guide-model';
import { STEP_IDS, stepIndex } from '@/utils/flow/steps';
import { t } from '@/utils/i18n/t';
import { stepTitle, stepTodo } from '@/utils/i18n/step-text';

export function GuideHint({ model }: { model: GuideModel }) {
  if (!model.visible.value) return null;
  const step = model.step.value;
  return (
    <aside
      class="hint"
      aria-label={t('hintTitle')}
      data-agc-hint=""
      data-step={step ?? 'all-done'}
      data-page={model.detection.value?.pageId ?? ''}
    >
      <button type="button" class="close" aria-label={t('dismiss')} onClick={() => model.dismiss()}>
        ×
      </button>
      {step ? (
        <>
          <p class="count">{t('stepOfTotal', String(stepIndex(step) + 1))}</p>
          <p class="title">{stepTitle(step)}</p>
          <p class="todo">{stepTodo(step)}</p>
        </>
      ) : (
        <>
          <p class="count">{t('stepOfTotal', String(STEP_IDS.length))}</p>
          <p class="title">{t('allDoneTitle')}</p>
          <p class="todo">{t('allDoneText')}</p>
        </>
      )}
    </aside>
  );
}

import type { StepId } from '@/utils/flow/steps';
import { t, type MessageKey } from '@/utils/i18n/t';
import { stepTitle, stepTodo } from '@/utils/i18n/step-text';
import { usePopupModel } from './use-popup-model';

/** Why a step that was done is not any more: what the page showed. */
const REOPENED_WHY = {
  sync: 'reopenedGeneric',
  'verify-email': 'reopenedVerifyEmail',
  'set-pin': 'reopenedSetPin',
  'link-card': 'reopenedGeneric',
  'confirm-card': 'reopenedConfirmCard',
} as const satisfies Record<StepId, MessageKey>;

export function NextStep() {
  const model = usePopupModel();
  const step = model.current.value;
  if (!step) {
    return (
      <section class="next next-done" aria-labelledby="next-heading" data-next="all-done">
        <h2 id="next-heading">{t('allDoneTitle')}</h2>
        <p>{t('allDoneText')}</p>
      </section>
    );
  }
  const own = model.packText(step);
  const fromPack = own.title !== undefined || own.todo !== undefined || own.tips.length > 0;
  const packName = model.pack.value?.name;
  return (
    <section class="next" aria-labelledby="next-heading" data-next={step}>
      <h2 id="next-heading">
        {t('nextLabel')}: {own.title ?? stepTitle(step)}
      </h2>
      {model.reopened.value.includes(step) && (
        <p class="reopened" role="status" data-reopened={step}>
          {t(REOPENED_WHY[step])}
        </p>
      )}
      <p>{own.todo ?? stepTodo(step)}</p>
      {own.tips.length > 0 && (
        <ul class="tips">
          {own.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      )}
      {fromPack && packName && (
        <p class="source" data-pack-source="">
          {t('packSource', packName)}
        </p>
      )}
      <button
        type="button"
        class="primary"
        data-action="open-step"
        onClick={() => void model.openStepPage(step)}
      >
        {t('openStepPage')}
      </button>
    </section>
  );
}

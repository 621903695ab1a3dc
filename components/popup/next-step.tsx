import { t } from '@/utils/i18n/t';
import { stepTitle, stepTodo } from '@/utils/i18n/step-text';
import { usePopupModel } from './use-popup-model';

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
  return (
    <section class="next" aria-labelledby="next-heading" data-next={step}>
      <h2 id="next-heading">
        {t('nextLabel')}: {stepTitle(step)}
      </h2>
      <p>{stepTodo(step)}</p>
      <button type="button" class="primary" data-action="open-step" onClick={() => void model.openStepPage(step)}>
        {t('openStepPage')}
      </button>
    </section>
  );
}

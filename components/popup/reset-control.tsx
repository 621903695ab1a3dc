import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { usePopupModel } from './use-popup-model';
import { useFocusBack } from '../shared/use-focus-back';

/** "Start over", with an inline confirmation that takes focus so Esc / Tab work at once. */
export function ResetControl() {
  const model = usePopupModel();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirming = model.confirmingReset.value;
  const resetRef = useFocusBack<HTMLButtonElement>(confirming);
  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        ref={resetRef}
        class="link-button danger"
        data-action="reset"
        onClick={() => model.askReset()}
      >
        {t('resetAll')}
      </button>
    );
  }
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="reset-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') model.cancelReset();
      }}
    >
      <p id="reset-question">{t('resetConfirm')}</p>
      <button type="button" ref={cancelRef} onClick={() => model.cancelReset()}>
        {t('cancel')}
      </button>
      <button
        type="button"
        class="danger"
        data-action="confirm-reset"
        onClick={() => void model.confirmReset()}
      >
        {t('resetYes')}
      </button>
    </div>
  );
}

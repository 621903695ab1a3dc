import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { usePopupModel } from './use-popup-model';

/** "Start over", with an inline confirmation that takes focus so Esc / Tab work at once. */
export function ResetControl() {
  const model = usePopupModel();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const confirming = model.confirmingReset.value;
  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
    // Cancelled: back to the button that asked, so a keyboard user is where they were.
    else if (wasConfirming.current) resetRef.current?.focus();
    wasConfirming.current = confirming;
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

import { t } from '@/utils/i18n/t';
import { Advice } from './advice';
import { Checklist } from './checklist';
import { NextStep } from './next-step';
import { ProgressBar } from './progress-bar';
import { ResetControl } from './reset-control';
import { usePopupModel } from './use-popup-model';

export function PopupApp() {
  const model = usePopupModel();
  return (
    <main class="popup" data-ready={model.progress.value ? 'true' : 'false'}>
      <h1>{t('popupTitle')}</h1>
      {model.loadError.value ? (
        <p role="alert" class="error">
          {t('loadFailed')}
        </p>
      ) : !model.progress.value ? (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <>
          <ProgressBar />
          <NextStep />
          <Checklist />
          {model.actionError.value && (
            <p role="alert" class="error">
              {t('actionFailed')}
            </p>
          )}
          <Advice />
          <footer>
            <ResetControl />
          </footer>
        </>
      )}
    </main>
  );
}

import { t } from '@/utils/i18n/t';
import { usePopupModel } from './use-popup-model';

/** "Export saved data": everything saved, as it is, as a JSON file (nothing is changed or sent). */
function ExportSavedData() {
  const model = usePopupModel();
  const state = model.exportState.value;
  return (
    <>
      <div class="button-row">
        <button
          type="button"
          data-action="export-saved-data"
          onClick={() => void model.exportSavedData()}
        >
          {t('storageExport')}
        </button>
        <span role="status" class="done-text" data-exported={state ?? ''}>
          {state === 'done' ? t('storageExported') : ''}
        </span>
      </div>
      {state === 'failed' && (
        <p role="alert" class="error">
          {t('storageExportFailed')}
        </p>
      )}
    </>
  );
}

/** The saved progress was written by a newer release: say so, and offer what is there as a file. */
export function NewerDatabaseNotice() {
  return (
    <section class="storage-notice" data-storage="newer-version">
      <p role="alert" class="error">
        {t('storageNewerVersion')}
      </p>
      <ExportSavedData />
    </section>
  );
}

/** Some saved records could not be read and are kept aside: a short notice while there are any. */
export function QuarantineNotice() {
  const model = usePopupModel();
  const count = model.quarantined.value;
  if (count === 0) return null;
  return (
    <section class="storage-notice" data-storage="unreadable" data-quarantined={count}>
      <p role="status">{t('storageUnreadable')}</p>
      <ExportSavedData />
    </section>
  );
}

/** Support's side: open the report JSON a shopper sent, by file or by pasting it. */
import { t } from '@/utils/i18n/t';
import { DataErrors } from './data-errors';
import { FileDrop } from './file-drop';
import { ShopperReportView } from './shopper-report-view';
import { useOptionsModel } from './use-options-model';

export function ShopperReport() {
  const model = useOptionsModel();
  const report = model.shopperReport.value;
  return (
    <section aria-labelledby="shopper-report-heading">
      <h2 id="shopper-report-heading">{t('shopperReportHeading')}</h2>
      <p class="muted">{t('shopperReportIntro')}</p>
      <FileDrop
        id="report-file"
        label={t('shopperReportFileLabel')}
        hint={t('shopperReportDropHint')}
        onFile={(file) => void model.openReportFile(file)}
      />
      <div class="field">
        <label for="report-paste">{t('shopperReportPasteLabel')}</label>
        <textarea
          id="report-paste"
          rows={5}
          spellcheck={false}
          value={model.reportPasted.value}
          onInput={(e) => {
            model.reportPasted.value = e.currentTarget.value;
          }}
        />
      </div>
      <button
        type="button"
        data-action="open-report"
        disabled={model.reportPasted.value.trim() === ''}
        onClick={() => model.openPastedReport()}
      >
        {t('shopperReportOpen')}
      </button>
      <DataErrors
        of="report"
        title={t('shopperReportRejected')}
        errors={model.reportErrors.value}
      />
      {report && <ShopperReportView report={report} onClose={() => model.closeReport()} />}
    </section>
  );
}

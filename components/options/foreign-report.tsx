/** Support's side: open the report JSON a shopper sent, by file or by pasting it. */
import { t } from '@/utils/i18n/t';
import { DataErrors } from './data-errors';
import { FileDrop } from './file-drop';
import { ForeignReportView } from './foreign-report-view';
import { useOptionsModel } from './use-options-model';

export function ForeignReport() {
  const model = useOptionsModel();
  const report = model.foreignReport.value;
  return (
    <section aria-labelledby="foreign-heading">
      <h2 id="foreign-heading">{t('foreignHeading')}</h2>
      <p class="muted">{t('foreignIntro')}</p>
      <FileDrop
        id="report-file"
        label={t('foreignFileLabel')}
        hint={t('foreignDropHint')}
        onFile={(file) => void model.openReportFile(file)}
      />
      <div class="field">
        <label for="report-paste">{t('foreignPasteLabel')}</label>
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
        {t('foreignOpen')}
      </button>
      <DataErrors of="report" title={t('foreignRejected')} errors={model.reportErrors.value} />
      {report && <ForeignReportView report={report} onClose={() => model.closeReport()} />}
    </section>
  );
}

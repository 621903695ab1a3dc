import { CopyReport } from '@/components/report/copy-report';
import { t } from '@/utils/i18n/t';
import { useOptionsModel } from './use-options-model';

/** "Copy report for support": this browser's own checklist, ids and times only. */
export function SupportSection() {
  const model = useOptionsModel();
  return (
    <section aria-labelledby="support-heading">
      <h2 id="support-heading">{t('reportHeading')}</h2>
      <CopyReport source={model.reportSource} language={model.settings.value?.language} />
    </section>
  );
}

import { CopyReport } from '@/components/report/copy-report';
import { chosenLanguage, t } from '@/utils/i18n/t';
import { useOptionsModel } from './use-options-model';

/** "Copy report for support": this browser's own checklist, ids and times only. */
export function SupportSection() {
  const model = useOptionsModel();
  return (
    <section aria-labelledby="support-heading">
      <h2 id="support-heading">{t('reportHeading')}</h2>
      {/* Read again in another language: the report says which one the shopper reads. */}
      <CopyReport source={model.reportSource} language={chosenLanguage().setting} />
    </section>
  );
}

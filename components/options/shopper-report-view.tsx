/**
 * A shopper's report as support sees it: clearly someone else's, read-only,
 * with the same checklist the shopper sees plus what the report says about
 * their browser, the pack, the last page, errors and diagnostics.
 * `data-foreign-report` and `#foreign-banner` keep their old names: the
 * end-to-end tests select them.
 */
import { t } from '@/utils/i18n/t';
import type { SupportReport } from '@/utils/report/report-schema';
import { reportStepViews } from '@/utils/report/report-views';
import { diagnosticLine } from '@/utils/report/diagnostic-line';
import { utcTime } from '@/utils/report/utc-time';
import { diagnosticLineLabels } from '../report/report-labels';
import { ReportChecklist } from './report-checklist';

export function ShopperReportView({ report, onClose }: { report: SupportReport; onClose(): void }) {
  const none = t('reportNone');
  const labels = diagnosticLineLabels();
  const browser = [report.browser.name, report.browser.version].filter(Boolean).join(' ');
  const last = report.lastPage;
  return (
    <article class="shopper-report" data-foreign-report aria-labelledby="foreign-banner">
      <h3 id="foreign-banner" class="banner">
        {t('shopperReportBanner')}
      </h3>
      <dl class="facts">
        <dt>{t('reportCreated')}</dt>
        <dd>{utcTime(report.createdAt)}</dd>
        <dt>{t('reportExtension')}</dt>
        <dd>{report.extension.version}</dd>
        <dt>{t('reportBrowser')}</dt>
        <dd>{browser}</dd>
        <dt>{t('reportLanguage')}</dt>
        <dd>{report.language}</dd>
        <dt>{t('reportPack')}</dt>
        <dd data-report-pack={report.pack?.id ?? ''}>
          {report.pack ? `${report.pack.id} ${report.pack.version}` : none}
        </dd>
        <dt>{t('reportLastPage')}</dt>
        <dd data-report-last-page={last?.pageId ?? ''}>
          {last ? `${last.site} · ${last.pageId} · ${utcTime(last.at)}` : none}
        </dd>
      </dl>
      <ReportChecklist views={reportStepViews(report)} label={t('shopperReportBanner')} />
      <h4>{t('reportErrors')}</h4>
      {report.errors.length === 0 ? (
        <p class="muted">{none}</p>
      ) : (
        <ul data-report-errors-seen={report.errors.length}>
          {report.errors.map((e, i) => (
            <li key={i}>
              {utcTime(e.at)} · <code>{e.errorId}</code>
              {e.pageId ? ` · ${e.pageId}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('reportDiagnostics')}</h4>
      {report.diagnostics.length === 0 ? (
        <p class="muted">{none}</p>
      ) : (
        <ul data-report-diagnostics={report.diagnostics.length}>
          {report.diagnostics.map((d, i) => (
            <li key={i}>{diagnosticLine(d, labels)}</li>
          ))}
        </ul>
      )}
      <button type="button" data-action="close-report" onClick={onClose}>
        {t('shopperReportClose')}
      </button>
    </article>
  );
}

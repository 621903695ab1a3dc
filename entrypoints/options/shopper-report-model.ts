/**
 * The options page's "Open a shopper's report" (support's side): a report
 * pasted or picked, parsed with the same all-or-nothing gate as packs, and
 * shown read-only. Part of the options model; it touches no storage at all.
 */
import { signal } from '@preact/signals';
import type { DataError } from '@/utils/data-file/data-error';
import { parseReport, REPORT_LIMITS } from '@/utils/report/parse-report';
import type { SupportReport } from '@/utils/report/report-schema';
import { readTextFile, type TextFile } from '@/utils/data-file/read-text-file';

export function createShopperReport() {
  const reportPasted = signal('');
  const shopperReport = signal<SupportReport | null>(null);
  const reportErrors = signal<DataError[]>([]);

  function showErrors(errors: DataError[]) {
    shopperReport.value = null;
    reportErrors.value = errors;
  }

  /** A bad report is rejected whole, with every problem located by its JSON path. */
  function openReportText(text: string) {
    const result = parseReport(text);
    if (!result.ok) return showErrors(result.errors);
    shopperReport.value = result.report;
    reportErrors.value = [];
  }

  return {
    reportPasted,
    shopperReport,
    reportErrors,
    openReportText,
    openPastedReport() {
      openReportText(reportPasted.value);
    },
    async openReportFile(file: TextFile) {
      const read = await readTextFile(file, REPORT_LIMITS);
      if (read.ok) openReportText(read.text);
      else showErrors(read.errors);
    },
    closeReport() {
      shopperReport.value = null;
      reportErrors.value = [];
      reportPasted.value = '';
    },
  };
}

/**
 * The options page's "Open a shopper's report" (support's side): a report
 * pasted or picked, parsed with the same all-or-nothing gate as packs, and
 * shown read-only. Part of the options model; it touches no storage at all.
 */
import { signal } from '@preact/signals';
import type { DataError } from '../packs/data-error';
import { parseReport, REPORT_LIMITS } from '../report/parse-report';
import type { SupportReport } from '../report/report-schema';
import { readTextFile, type TextFile } from './text-file';

export function createShopperReport() {
  const reportPasted = signal('');
  const foreignReport = signal<SupportReport | null>(null);
  const reportErrors = signal<DataError[]>([]);

  function showErrors(errors: DataError[]) {
    foreignReport.value = null;
    reportErrors.value = errors;
  }

  /** A bad report is rejected whole, with every problem located by its JSON path. */
  function openReportText(text: string) {
    const result = parseReport(text);
    if (!result.ok) return showErrors(result.errors);
    foreignReport.value = result.report;
    reportErrors.value = [];
  }

  return {
    reportPasted,
    foreignReport,
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
      foreignReport.value = null;
      reportErrors.value = [];
      reportPasted.value = '';
    },
  };
}

/**
 * The state behind "Copy report for support": the report as last loaded, and
 * what the copy buttons last did. Shared by the popup and the options page, so
 * it depends on a `ReportSource` only, never on either screen's model.
 */
import { signal } from '@preact/signals';
import type { ReportSource } from './collect-report';
import type { SupportReport } from './report-schema';

export type ReportFormat = 'text' | 'json';

export type ReportModel = ReturnType<typeof createReportModel>;

export function createReportModel(source: ReportSource) {
  const report = signal<SupportReport | null>(null);
  const loadFailed = signal(false);
  const copied = signal<ReportFormat | null>(null);
  const copyFailed = signal(false);

  return {
    report,
    loadFailed,
    copied,
    copyFailed,
    /** Reads a fresh report; the one shown stays if that fails. */
    async load() {
      try {
        report.value = await source.load();
        loadFailed.value = false;
      } catch {
        loadFailed.value = report.value === null;
      }
    },
    /** Copies exactly what the person can read in "Show report". */
    async copy(format: ReportFormat, text: string) {
      copied.value = null;
      copyFailed.value = false;
      try {
        await source.copy(text);
        copied.value = format;
      } catch {
        // Clipboards can refuse (no focus, a strict browser): the text stays on screen to copy by hand.
        copyFailed.value = true;
      }
    },
  };
}

/** The report as JSON, as support's options page opens it. */
export function reportJson(report: SupportReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

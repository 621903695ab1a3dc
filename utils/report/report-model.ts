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
  /** Counts loads and forgets: only the latest load may show its report. */
  let generation = 0;

  return {
    report,
    loadFailed,
    copied,
    copyFailed,
    /** Reads a fresh report; the one shown stays if that fails. */
    async load() {
      const mine = ++generation;
      try {
        const loaded = await source.load();
        if (mine !== generation) return;
        report.value = loaded;
        loadFailed.value = false;
      } catch {
        if (mine === generation) loadFailed.value = report.value === null;
      }
    },
    /**
     * Drops the report shown, and any load already under way: it no longer says
     * what is true (it names the language the shopper reads, which just changed).
     */
    forget() {
      generation += 1;
      report.value = null;
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

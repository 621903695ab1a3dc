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
  /** The report as last loaded, with the language setting it was read under. */
  const loaded = signal<{ report: SupportReport; language: string | undefined } | null>(null);
  const loadFailed = signal(false);
  const copied = signal<ReportFormat | null>(null);
  const copyFailed = signal(false);
  /** Counts loads and forgets: only the latest load may show its report. */
  let generation = 0;

  return {
    loadFailed,
    copied,
    copyFailed,
    /**
     * The report, if it was read under this language setting; else none. Decided as the
     * screen renders: a forget() from an effect comes a frame after the new language's
     * words, and in that frame the old report showed (and could be copied) in them.
     */
    reportFor(language: string | undefined): SupportReport | null {
      const shown = loaded.value;
      return shown && shown.language === language ? shown.report : null;
    },
    /** Reads a fresh report under `language`; the one shown stays if that fails. */
    async load(language?: string) {
      const mine = ++generation;
      try {
        const read = await source.load();
        if (mine !== generation) return;
        loaded.value = { report: read, language };
        loadFailed.value = false;
      } catch {
        if (mine === generation) loadFailed.value = loaded.value === null;
      }
    },
    /**
     * Drops the report shown, and any load already under way: it no longer says
     * what is true (it names the language the shopper reads, which just changed).
     */
    forget() {
      generation += 1;
      loaded.value = null;
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

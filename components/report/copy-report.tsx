/**
 * "Copy report for support": copy as text (for a chat or an email) or as JSON
 * (for support's options page), and "Show report" to read exactly what would
 * be sent. Mounted by the popup and the options page; it gets its report from
 * a `ReportSource` prop, so it needs neither screen's model.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import type { ReportSource } from '@/utils/report/collect-report';
import { reportToText } from '@/utils/report/report-text';
import { reportLabels } from './report-labels';
import { createReportModel, reportJson } from '@/utils/report/report-model';
import './copy-report.css';

interface Props {
  source: ReportSource;
  /**
   * The language setting, so the report's words follow a change of it (the
   * texts come from t(), which signals cannot see change) and the report,
   * whose language line says which one the shopper reads, is read again.
   */
  language?: string | undefined;
}

/** The report is ready this soon after the screen opens, however busy the page. */
const LOAD_WITHIN_MS = 500;

/** Runs `load` once the page is idle; returns the cancel. */
function whenIdle(load: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: LOAD_WITHIN_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(load, 0);
  return () => clearTimeout(id);
}

export function CopyReport({ source, language }: Props) {
  const model = useMemo(() => createReportModel(source), [source]);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  // In idle time: the report loads its own code and reads every store, which the
  // popup's first frames have no use for (issue #11: on 2 cores that work, right after
  // the first render, delayed the checklist reaching the screen).
  useEffect(() => {
    const cancel = whenIdle(() => void model.load(language));
    return () => {
      cancel();
      // A report made before a change of language says the old one: none is shown,
      // and none can be copied, until the new one is read.
      model.forget();
    };
  }, [model, language]);
  const copyFailed = model.copyFailed.value;
  useEffect(() => {
    // Copying by hand is the way out when the clipboard refuses: show what to copy.
    if (copyFailed && detailsRef.current) detailsRef.current.open = true;
  }, [copyFailed]);

  const report = model.reportFor(language);
  const text = report ? reportToText(report, reportLabels()) : '';
  const json = report ? reportJson(report) : '';
  return (
    <div class="copy-report" data-report={report ? 'ready' : 'loading'}>
      <p class="muted">{t('reportPrivacy')}</p>
      {model.loadFailed.value && (
        <p role="alert" class="error">
          {t('reportLoadFailed')}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          data-action="copy-report-text"
          disabled={!report}
          onClick={() => void model.copy('text', text)}
        >
          {t('reportCopyText')}
        </button>
        <button
          type="button"
          data-action="copy-report-json"
          disabled={!report}
          onClick={() => void model.copy('json', json)}
        >
          {t('reportCopyJson')}
        </button>
        <span role="status" class="copied" data-copied={model.copied.value ?? ''}>
          {model.copied.value ? t('copied') : ''}
        </span>
      </div>
      {copyFailed && (
        <p role="alert" class="error">
          {t('reportCopyFailed')}
        </p>
      )}
      <details
        ref={detailsRef}
        class="report-details"
        onToggle={(e) => {
          if (e.currentTarget.open) void model.load(language);
        }}
      >
        <summary>{t('reportShow')}</summary>
        <p class="report-caption" id="report-text-caption">
          {t('reportAsText')}
        </p>
        <pre data-report-text tabIndex={0} aria-labelledby="report-text-caption">
          {text}
        </pre>
        <p class="report-caption" id="report-json-caption">
          {t('reportAsJson')}
        </p>
        <pre data-report-json tabIndex={0} aria-labelledby="report-json-caption">
          {json}
        </pre>
      </details>
    </div>
  );
}

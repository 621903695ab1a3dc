/** The words around the ids of a plain-text report, in the language the extension speaks. */
import { STEP_IDS, type StepId } from '@/utils/flow/steps';
import { stepTitle } from '@/utils/i18n/step-text';
import { t } from '@/utils/i18n/t';
import type { DiagnosticLineLabels } from '@/utils/report/diagnostic-line';
import type { ReportTextLabels } from '@/utils/report/report-text';

/** The words around a diagnostic line's ids (popup notes, reports). */
export function diagnosticLineLabels(): DiagnosticLineLabels {
  return {
    step: t('reportStep'),
    expected: t('reportExpected'),
    missing: t('reportMissing'),
    found: t('reportFound'),
  };
}

export function reportLabels(): ReportTextLabels {
  const stepNames: Partial<Record<StepId, string>> = {};
  for (const step of STEP_IDS) stepNames[step] = stepTitle(step);
  return {
    title: t('reportTitle'),
    created: t('reportCreated'),
    extension: t('reportExtension'),
    browser: t('reportBrowser'),
    language: t('reportLanguage'),
    pack: t('reportPack'),
    none: t('reportNone'),
    steps: t('reportSteps'),
    states: { done: t('stateDone'), current: t('stateCurrent'), pending: t('statePending') },
    how: { seen: t('howSeen'), implied: t('howImplied'), manual: t('howManual') },
    stepNames,
    lastPage: t('reportLastPage'),
    errors: t('reportErrors'),
    on: t('reportOn'),
    diagnostics: t('reportDiagnostics'),
    quarantined: t('reportQuarantined'),
    ...diagnosticLineLabels(),
  };
}

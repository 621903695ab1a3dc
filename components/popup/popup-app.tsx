import { useEffect, useLayoutEffect } from 'preact/hooks';
import { chosenLanguage, t } from '@/utils/i18n/t';
import { Advice } from './advice';
import { Checklist } from './checklist';
import { NextStep } from './next-step';
import { ProgressBar } from './progress-bar';
import { GuideToggle } from './guide-toggle';
import { ResetControl } from './reset-control';
import { SupportNotes } from './support-notes';
import { NewerDatabaseNotice, QuarantineNotice } from './storage-notice';
import { CopyReport } from '@/components/report/copy-report';
import { usePopupModel } from './use-popup-model';
import { FIRST_PAINT_ID } from '@/utils/popup-cache/first-paint';

/** Marked once, when the checklist is first on screen, with its source: `npm run bench` reads it. */
export const CHECKLIST_RENDERED_MARK = 'agc:checklist-rendered';

export function PopupApp() {
  const model = usePopupModel();
  const ready = model.progress.value !== null;
  const source = model.source.value;
  // The language the texts are in, once applied (README test contract).
  const lang = chosenLanguage().setting;
  // The checklist painted before this script ran (utils/popup-cache/first-paint.ts) gives
  // way once this render has more to say than "Loading…": in the same task, so no frame
  // shows both, or neither.
  const loading = !ready && !model.loadError.value && !model.newerDatabase.value;
  useLayoutEffect(() => {
    if (!loading) document.getElementById(FIRST_PAINT_ID)?.remove();
  }, [loading]);
  useEffect(() => {
    if (ready && performance.getEntriesByName(CHECKLIST_RENDERED_MARK).length === 0) {
      performance.mark(CHECKLIST_RENDERED_MARK, { detail: { source } });
    }
  }, [ready]);
  return (
    <main
      class="popup"
      // Ready once IndexedDB has answered; a snapshot on screen before that says "cache" (README).
      data-ready={source === 'store' ? 'true' : 'false'}
      data-source={source ?? undefined}
      data-lang={lang}
    >
      <h1>{t('popupTitle')}</h1>
      {model.newerDatabase.value ? (
        <NewerDatabaseNotice />
      ) : model.loadError.value ? (
        <p role="alert" class="error">
          {t('loadFailed')}
        </p>
      ) : !model.progress.value ? (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <>
          <QuarantineNotice />
          <ProgressBar />
          <NextStep />
          <Checklist />
          {model.actionError.value && (
            <p role="alert" class="error">
              {t('actionFailed')}
            </p>
          )}
          <Advice />
          <GuideToggle />
          <SupportNotes />
          <section class="report" aria-labelledby="report-heading">
            <h2 id="report-heading">{t('reportHeading')}</h2>
            {/* Read again in another language: the report says which one the shopper reads. */}
            <CopyReport source={model.reportSource} language={lang} />
          </section>
          <footer>
            <ResetControl />
          </footer>
        </>
      )}
    </main>
  );
}

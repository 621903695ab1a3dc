/**
 * The on-page guide: a highlight around the control to use next and a callout
 * that says what to do and why, or explains the error on screen. Never takes
 * focus, never blocks the page: only the callout itself receives the pointer.
 */
import { STEP_IDS, stepIndex } from '@/utils/flow/steps';
import { t } from '@/utils/i18n/t';
import type { GuideActions, GuideView } from './guide-view';

function Spotlight({ view }: { view: GuideView }) {
  const box = view.target;
  if (!box) return null;
  const pad = 6;
  return (
    <div
      class="spotlight"
      data-agc-spotlight=""
      style={{
        top: `${box.top - pad}px`,
        left: `${box.left - pad}px`,
        width: `${box.width + 2 * pad}px`,
        height: `${box.height + 2 * pad}px`,
      }}
    />
  );
}

function Callout({ view, actions }: { view: GuideView; actions: GuideActions }) {
  const { plan, callout } = view;
  const step = plan.step;
  const count = t('stepOfTotal', String(step ? stepIndex(step) + 1 : STEP_IDS.length));
  return (
    <section
      class={`callout callout-${callout.placement}`}
      aria-label={t('guideLabel')}
      data-agc-hint=""
      data-step={step ?? 'all-done'}
      data-page={view.pageId}
      data-control={plan.control ?? ''}
      data-search={view.search}
      style={{
        top: `${callout.box.top}px`,
        left: `${callout.box.left}px`,
        width: `${callout.box.width}px`,
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.hide();
      }}
    >
      <p class="count">{count}</p>
      <p class="title">{view.title}</p>
      {plan.errors.map((key) => (
        <p class="error" key={key} data-agc-error="">
          <strong>{t('problemLabel')}: </strong>
          {t(key)}
        </p>
      ))}
      {view.search === 'missing' && view.controlName && (
        <p class="missing">{t('cantFind', view.controlName)}</p>
      )}
      {view.search === 'searching' && <p class="searching">{t('searching')}</p>}
      <p class="say">{view.say}</p>
      {view.tips.length > 0 && (
        <ul class="tips">
          {view.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      )}
      {plan.why && (
        <p class="why">
          <strong>{t('whyLabel')}: </strong>
          {t(plan.why)}
        </p>
      )}
      <div class="actions">
        {view.search === 'missing' &&
          (view.reported ? (
            <p class="reported" role="status">
              {t('looksDifferentSent')}
            </p>
          ) : (
            <button type="button" data-action="looks-different" onClick={actions.reportDifferent}>
              {t('looksDifferent')}
            </button>
          ))}
        <button type="button" data-action="hide" onClick={actions.hide}>
          {t('hideOnPage')}
        </button>
        <button type="button" data-action="turn-off" class="quiet" onClick={actions.turnOff}>
          {t('turnOff')}
        </button>
      </div>
    </section>
  );
}

export function GuideOverlay({ view, actions }: { view: GuideView | null; actions: GuideActions }) {
  return (
    <>
      <div class="sr-only" role="status" aria-live="polite" data-agc-live="">
        {view?.announcement ?? ''}
      </div>
      {view && <Spotlight view={view} />}
      {view && <Callout view={view} actions={actions} />}
    </>
  );
}

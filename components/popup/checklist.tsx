/**
 * The five steps. `data-step` and `data-state` are a stable contract for
 * people who drive the extension with Puppeteer (see README).
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StepView } from '@/utils/flow/progress';
import { stepIndex, type StepId } from '@/utils/flow/steps';
import { t } from '@/utils/i18n/t';
import { howText, stateText, stepTitle } from '@/utils/i18n/step-text';
import { usePopupModel } from './use-popup-model';
import { useFocusBack } from '../shared/use-focus-back';

/** The step's title as the checklist shows it: the active pack's, else the built-in one. */
function useStepTitle() {
  const model = usePopupModel();
  return (step: StepId) => model.packText(step).title ?? stepTitle(step);
}

/**
 * "Mark as done" on a step with earlier steps not done (issue #11): says which
 * ones would count as done too, and asks. Focus moves to Cancel as it appears.
 */
function MarkConfirm({ step, implied }: { step: StepId; implied: StepId[] }) {
  const model = usePopupModel();
  const title = useStepTitle();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Layout effect: the focus moves with the question, so a key pressed as it appears lands in it.
  useLayoutEffect(() => cancelRef.current?.focus(), []);
  const numbers = new Intl.ListFormat(model.locale(), { type: 'conjunction' }).format(
    implied.map((s) => String(stepIndex(s) + 1)),
  );
  const questionId = `mark-${step}-question`;
  return (
    <div
      class="confirm confirm-mark"
      role="alertdialog"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') model.cancelMark();
      }}
    >
      <p id={questionId}>
        {t(implied.length === 1 ? 'markImpliesOne' : 'markImpliesMany', [
          numbers,
          implied.map(title).join(', '),
        ])}
      </p>
      <button type="button" ref={cancelRef} onClick={() => model.cancelMark()}>
        {t('cancel')}
      </button>
      {/* Not disabled while marking: the focus stays here until it is done (the model
          ignores a second press). */}
      <button type="button" data-action="confirm-mark" onClick={() => void model.confirmMark()}>
        {t('markAllDone')}
      </button>
    </div>
  );
}

function StepItem({ view, index }: { view: StepView; index: number }) {
  const model = usePopupModel();
  const own = model.packText(view.step).title;
  const title = own ?? stepTitle(view.step);
  const packName = own !== undefined ? model.pack.value?.name : undefined;
  const asked = model.confirmingMark.value;
  // Until it is answered: the live update may show the step done before the reply comes.
  const asking = asked?.step === view.step;
  // Answered or cancelled: back to this step's button ("Undo" once marked).
  const buttonRef = useFocusBack<HTMLButtonElement>(asking);
  return (
    <li
      class={`step step-${view.state}${asking ? ' step-asking' : ''}`}
      data-step={view.step}
      data-state={view.state}
      data-how={view.how}
      aria-current={view.state === 'current' ? 'step' : undefined}
    >
      <span class="step-mark" aria-hidden="true">
        {view.state === 'done' ? '✓' : index + 1}
      </span>
      <span class="step-body">
        <span class="step-title">{title}</span>
        {packName && (
          <span class="source" data-pack-source="">
            {t('packSource', packName)}
          </span>
        )}
        <span class="step-state">
          {stateText(view.state)}
          {view.how ? ` · ${howText(view.how)}` : ''}
        </span>
      </span>
      {view.state === 'done' ? (
        <button
          type="button"
          ref={buttonRef}
          class="link-button"
          data-action="undo"
          aria-label={`${t('undo')}: ${title}`}
          disabled={model.busy.value}
          onClick={() => void model.undo(view.step)}
        >
          {t('undo')}
        </button>
      ) : (
        <button
          type="button"
          ref={buttonRef}
          class="link-button"
          data-action="mark-done"
          aria-label={`${t('markDone')}: ${title}`}
          disabled={model.busy.value}
          onClick={() => void model.askMarkDone(view.step)}
        >
          {t('markDone')}
        </button>
      )}
      {asking && <MarkConfirm step={view.step} implied={asked.implied} />}
    </li>
  );
}

export function Checklist() {
  const model = usePopupModel();
  return (
    <ol class="checklist" aria-label={t('popupTitle')}>
      {model.steps.value.map((view, index) => (
        <StepItem key={view.step} view={view} index={index} />
      ))}
    </ol>
  );
}

import { STEP_IDS } from '@/utils/flow/steps';
import { t } from '@/utils/i18n/t';
import { usePopupModel } from './use-popup-model';

/**
 * Element Timing: the browser records when this text was first on screen, as
 * it records an empty page's first paint; `npm run bench` compares the two
 * (issue #11). A spread, as Preact's types do not list the attribute.
 */
const PAINT_TIMED = { elementtiming: 'checklist' };

export function ProgressBar() {
  const model = usePopupModel();
  const done = model.done.value;
  const label = t('progressLabel', String(done));
  return (
    <div class="progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={STEP_IDS.length}
        aria-valuenow={done}
        aria-valuetext={label}
      >
        <div class="progress-fill" style={{ width: `${(done / STEP_IDS.length) * 100}%` }} />
      </div>
      <p class="progress-text" aria-hidden="true" {...PAINT_TIMED}>
        {label}
      </p>
    </div>
  );
}

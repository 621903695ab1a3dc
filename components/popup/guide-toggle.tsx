import { t } from '@/utils/i18n/t';
import { usePopupModel } from './use-popup-model';

/** Turns the on-page guide on or off everywhere (its own "Turn the guide off" only turns it off). */
export function GuideToggle() {
  const model = usePopupModel();
  const settings = model.settings.value;
  if (!settings) return null;
  return (
    <label class="toggle">
      <input
        type="checkbox"
        data-action="toggle-guide"
        checked={settings.guideEnabled}
        onChange={(e) => void model.setGuideEnabled(e.currentTarget.checked)}
      />
      {t('showGuide')}
    </label>
  );
}

/** Automatic / English / Español: the popup, the on-page guide and this page all follow it. */
import { t } from '@/utils/i18n/t';
import { LANGUAGE_SETTINGS, type LanguageSetting } from '@/utils/settings/settings';
import { useOptionsModel } from './use-options-model';

/** Each language named in itself, so a person who reads only that one finds it. */
const NATIVE_NAMES: Record<Exclude<LanguageSetting, 'auto'>, string> = {
  en: 'English',
  es: 'Español',
};

function isLanguageSetting(value: string): value is LanguageSetting {
  return (LANGUAGE_SETTINGS as readonly string[]).includes(value);
}

export function LanguageSetting() {
  const model = useOptionsModel();
  const current = model.settings.value?.language ?? 'auto';
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('languageHeading')}</h2>
      <div class="field">
        <label for="language">{t('languageLabel')}</label>
        <select
          id="language"
          data-setting="language"
          aria-describedby="language-help"
          value={current}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isLanguageSetting(value)) void model.setLanguage(value);
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="en" lang="en">
            {NATIVE_NAMES.en}
          </option>
          <option value="es" lang="es">
            {NATIVE_NAMES.es}
          </option>
        </select>
      </div>
      <p id="language-help" class="muted">
        {t('languageHelp')}
      </p>
    </section>
  );
}

import { ADVICE_KEYS } from '@/utils/i18n/advice';
import { t } from '@/utils/i18n/t';

/** The source article's advice, always at hand. */
export function Advice() {
  return (
    <details class="advice">
      <summary>{t('adviceTitle')}</summary>
      <ul>
        {ADVICE_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}

import { t, type MessageKey } from '@/utils/i18n/t';

/** The source article's advice, always at hand. */
const ADVICE: MessageKey[] = ['adviceComputer', 'advicePin', 'adviceEdit', 'adviceNoAlternatives'];

export function Advice() {
  return (
    <details class="advice">
      <summary>{t('adviceTitle')}</summary>
      <ul>
        {ADVICE.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}

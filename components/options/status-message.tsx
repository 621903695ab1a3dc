import { t } from '@/utils/i18n/t';
import { useOptionsModel } from './use-options-model';

/** What the last action did. Always in the page, so screen readers hear each new line. */
export function StatusMessage() {
  const model = useOptionsModel();
  const message = model.message.value;
  return (
    <p
      role="status"
      class={`status-line${message?.tone === 'error' ? ' error' : ''}`}
      data-message={message?.key ?? ''}
    >
      {message ? t(message.key, message.args) : ''}
    </p>
  );
}

import { t } from '@/utils/i18n/t';
import { diagnosticLine } from '@/utils/report/diagnostic-line';
import { diagnosticLineLabels } from '../report/report-labels';
import { usePopupModel } from './use-popup-model';

/** "This page looks different" notes, shown and copyable for support. */
export function SupportNotes() {
  const model = usePopupModel();
  const notes = model.diagnostics.value;
  if (notes.length === 0) return null;
  const labels = diagnosticLineLabels();
  const lines = notes.map((d) =>
    diagnosticLine({ ...d, at: new Date(d.at).toISOString() }, labels),
  );
  return (
    <section class="notes" aria-labelledby="notes-heading" data-notes={notes.length}>
      <h2 id="notes-heading">{t('diagnosticsTitle')}</h2>
      <ul>
        {notes.map((d, i) => (
          <li key={d.at}>{lines[i]}</li>
        ))}
      </ul>
      <button
        type="button"
        data-action="copy-notes"
        onClick={() => void model.copyDiagnostics(lines.join('\n'))}
      >
        {model.copied.value ? t('copied') : t('copyForSupport')}
      </button>
    </section>
  );
}

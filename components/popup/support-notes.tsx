import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import { t } from '@/utils/i18n/t';
import { usePopupModel } from './use-popup-model';

/** One line per note, ids only: safe to paste into a chat with support. */
export function diagnosticLine(d: Diagnostic): string {
  const when = new Date(d.at).toISOString().slice(0, 16).replace('T', ' ');
  const missing = d.missing.length ? ` · missing: ${d.missing.join(', ')}` : '';
  return `${when} UTC · ${d.site}/${d.pageId ?? '?'} · step ${d.step ?? '-'} · expected ${d.expected ?? '-'}${missing}`;
}

/** "This page looks different" notes, shown and copyable for support. */
export function SupportNotes() {
  const model = usePopupModel();
  const notes = model.diagnostics.value;
  if (notes.length === 0) return null;
  const text = notes.map(diagnosticLine).join('\n');
  return (
    <section class="notes" aria-labelledby="notes-heading" data-notes={notes.length}>
      <h2 id="notes-heading">{t('diagnosticsTitle')}</h2>
      <ul>
        {notes.map((d) => (
          <li key={d.at}>{diagnosticLine(d)}</li>
        ))}
      </ul>
      <button
        type="button"
        data-action="copy-notes"
        onClick={() => void model.copyDiagnostics(text)}
      >
        {model.copied.value ? t('copied') : t('copyForSupport')}
      </button>
    </section>
  );
}

/**
 * "Preview before you apply": what the checked pack would change against what
 * is active now, then Activate or Cancel. Nothing is stored until Activate.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { stepTitle } from '@/utils/i18n/step-text';
import { t, type MessageKey } from '@/utils/i18n/t';
import { evidenceStepsChanged, type PackChange } from '@/utils/packs/diff-pack';
import { useOptionsModel } from './use-options-model';

const KIND_TEXT: Record<PackChange['kind'], MessageKey> = {
  label: 'changeLabel',
  'step-text': 'changeStepText',
  tip: 'changeTip',
  link: 'changeLink',
};

/**
 * Issue #10: a pack that rewords what proves a step done can mark it done too
 * early, or never. Said before the table, naming the steps, not buried in it.
 */
function EvidenceWarning({ changes }: { changes: readonly PackChange[] }) {
  const steps = evidenceStepsChanged(changes);
  if (steps.length === 0) return null;
  const named = steps.map((step) => `“${stepTitle(step)}”`).join(', ');
  return (
    <p class="warning" role="note" data-evidence-warning={steps.join(' ')}>
      <span aria-hidden="true">⚠ </span>
      {t('packEvidenceWarning', named)}
    </p>
  );
}

function Value({ text }: { text: string | undefined }) {
  return text === undefined ? <em class="muted">{t('packBuiltIn')}</em> : <>{text}</>;
}

export function PackPreview() {
  const model = useOptionsModel();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const candidate = model.candidate.value;
  const id = candidate?.pack.id;
  useLayoutEffect(() => {
    // Keyboard and screen-reader users land on what they are asked to confirm.
    if (id) headingRef.current?.focus();
  }, [id]);
  if (!candidate) return null;
  const { pack, changes, replaces } = candidate;
  return (
    <div class="pack-preview" data-pack-preview={pack.id} data-changes={changes.length}>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('packPreviewHeading', pack.name)}
      </h3>
      <p class="muted">{t('packDetails', [pack.version, pack.author])}</p>
      {replaces && <p>{t('packReplaces', replaces.version)}</p>}
      <EvidenceWarning changes={changes} />
      {changes.length === 0 ? (
        <p>{t('packNoChanges')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('packPreviewHeading', pack.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packColumnWhat')}</th>
              <th scope="col">{t('packColumnLanguage')}</th>
              <th scope="col">{t('packColumnBefore')}</th>
              <th scope="col">{t('packColumnAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr
                key={`${c.kind}:${c.key}:${c.locale ?? ''}`}
                data-change={c.kind}
                data-key={c.key}
                data-locale={c.locale}
              >
                <th scope="row">
                  {t(KIND_TEXT[c.kind])}: <code>{c.key}</code>
                </th>
                <td>{c.locale ?? '—'}</td>
                <td>
                  <Value text={c.before} />
                </td>
                <td>
                  <span aria-hidden="true">→ </span>
                  <Value text={c.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="button-row">
        <button
          type="button"
          class="primary"
          data-action="activate-candidate"
          disabled={model.busy.value}
          onClick={() => void model.activateCandidate()}
        >
          {t('packActivateCandidate')}
        </button>
        <button
          type="button"
          data-action="cancel-candidate"
          onClick={() => model.cancelCandidate()}
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

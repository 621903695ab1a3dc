/** Three ways in for a pack — pick a file, drop one, or paste it — all checked the same way. */
import { t } from '@/utils/i18n/t';
import { DataErrors } from './data-errors';
import { FileDrop } from './file-drop';
import { useOptionsModel } from './use-options-model';

export function PackImport() {
  const model = useOptionsModel();
  const busy = model.busy.value;
  return (
    <div class="pack-import">
      <h3>{t('packAddHeading')}</h3>
      <FileDrop
        id="pack-file"
        label={t('packFileLabel')}
        hint={t('packDropHint')}
        disabled={busy}
        onFile={(file) => void model.checkPackFile(file)}
      />
      <div class="field">
        <label for="pack-paste">{t('packPasteLabel')}</label>
        <textarea
          id="pack-paste"
          rows={6}
          spellcheck={false}
          value={model.pasted.value}
          onInput={(e) => {
            model.pasted.value = e.currentTarget.value;
          }}
        />
      </div>
      <button
        type="button"
        data-action="check-pack"
        disabled={busy || model.pasted.value.trim() === ''}
        onClick={() => model.checkPasted()}
      >
        {t('packCheck')}
      </button>
      <DataErrors of="pack" title={t('packRejected')} errors={model.packErrors.value} />
    </div>
  );
}

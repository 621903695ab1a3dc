/** One stored pack: what it is, whether it is on, and what can be done with it. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PackSummary } from '@/utils/db/packs-store';
import { t } from '@/utils/i18n/t';
import { useOptionsModel } from './use-options-model';
import { useFocusBack } from '../shared/use-focus-back';

function RemoveConfirm({ pack }: { pack: PackSummary }) {
  const model = useOptionsModel();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Layout effect: the focus moves with the question, so a key pressed as it appears lands in it.
  useLayoutEffect(() => cancelRef.current?.focus(), []);
  const questionId = `remove-${pack.id}-question`;
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') model.cancelRemove();
      }}
    >
      <p id={questionId}>{t('packRemoveConfirm', pack.name)}</p>
      <button type="button" ref={cancelRef} onClick={() => model.cancelRemove()}>
        {t('cancel')}
      </button>
      <button
        type="button"
        class="danger"
        data-action="confirm-remove"
        onClick={() => void model.confirmRemove()}
      >
        {t('packRemoveYes')}
      </button>
    </div>
  );
}

/** A pack the organisation set: what it is and that only they can change it; export only. */
function ManagedRow({ pack }: { pack: PackSummary }) {
  const model = useOptionsModel();
  return (
    <li class="pack-row" data-pack-id={pack.id} data-active={String(pack.active)} data-managed>
      <div class="pack-head">
        <span class="pack-name">{pack.name}</span>
        <span class="badge">{t('packManagedBadge')}</span>
        {pack.active && <span class="badge">{t('packActiveBadge')}</span>}
      </div>
      <p class="muted">{t('packDetails', [pack.version, pack.author])}</p>
      <p class="muted">{t(pack.active ? 'packManagedNote' : 'packManagedSpare')}</p>
      <div class="button-row">
        <button
          type="button"
          data-action="export"
          aria-label={`${t('packExport')}: ${pack.name}`}
          onClick={() => model.exportPack(pack.id)}
        >
          {t('packExport')}
        </button>
      </div>
    </li>
  );
}

export function PackRow({ pack }: { pack: PackSummary }) {
  return pack.managed ? <ManagedRow pack={pack} /> : <ImportedRow pack={pack} />;
}

function ImportedRow({ pack }: { pack: PackSummary }) {
  const model = useOptionsModel();
  const busy = model.busy.value;
  const confirming = model.confirmingRemove.value === pack.id;
  const removeRef = useFocusBack<HTMLButtonElement>(confirming);
  const named = (action: string) => `${action}: ${pack.name}`;
  return (
    <li class="pack-row" data-pack-id={pack.id} data-active={String(pack.active)}>
      <div class="pack-head">
        <span class="pack-name">{pack.name}</span>
        {pack.active && <span class="badge">{t('packActiveBadge')}</span>}
      </div>
      <p class="muted">{t('packDetails', [pack.version, pack.author])}</p>
      {pack.chosen && !pack.active && <p class="muted">{t('packOverridden')}</p>}
      <div class="button-row">
        {pack.chosen ? (
          <button
            type="button"
            data-action="deactivate"
            aria-label={named(t('packDeactivate'))}
            disabled={busy}
            onClick={() => void model.deactivate(pack.id)}
          >
            {t('packDeactivate')}
          </button>
        ) : (
          <button
            type="button"
            data-action="activate"
            aria-label={named(t('packActivate'))}
            disabled={busy}
            onClick={() => void model.activate(pack.id)}
          >
            {t('packActivate')}
          </button>
        )}
        <button
          type="button"
          data-action="export"
          aria-label={named(t('packExport'))}
          onClick={() => model.exportPack(pack.id)}
        >
          {t('packExport')}
        </button>
        <button
          type="button"
          ref={removeRef}
          class="danger"
          data-action="remove"
          aria-label={named(t('packRemove'))}
          disabled={busy}
          onClick={() => model.askRemove(pack.id)}
        >
          {t('packRemove')}
        </button>
      </div>
      {confirming && <RemoveConfirm pack={pack} />}
    </li>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { PackRow } from './pack-row';
import { useOptionsModel } from './use-options-model';

/** The packs stored in this browser; at most one is active. */
export function PackList() {
  const model = useOptionsModel();
  const packs = model.packs.value ?? [];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previewing = model.candidate.value !== null;
  const wasPreviewing = useRef(false);
  useLayoutEffect(() => {
    // The preview, activated or cancelled, went away with the focus: go on from the stored packs.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasPreviewing.current && !previewing && lost) headingRef.current?.focus();
    wasPreviewing.current = previewing;
  }, [previewing]);
  return (
    <div class="pack-list">
      <h3 id="stored-packs-heading" ref={headingRef} tabIndex={-1}>
        {t('packStoredHeading')}
      </h3>
      {packs.length === 0 ? (
        <p class="muted" data-no-packs>
          {t('packNoneStored')}
        </p>
      ) : (
        <ul aria-labelledby="stored-packs-heading">
          {packs.map((pack) => (
            <PackRow key={pack.id} pack={pack} />
          ))}
        </ul>
      )}
    </div>
  );
}

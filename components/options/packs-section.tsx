import { t } from '@/utils/i18n/t';
import { PackImport } from './pack-import';
import { PackList } from './pack-list';
import { PackPreview } from './pack-preview';

/** Guidance packs: import and check, preview, then the stored ones. */
export function PacksSection() {
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packsHeading')}</h2>
      <p class="muted">{t('packsIntro')}</p>
      <PackImport />
      <PackPreview />
      <PackList />
    </section>
  );
}

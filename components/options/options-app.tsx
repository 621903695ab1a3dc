import { useEffect } from 'preact/hooks';
import { chosenLanguage, t } from '@/utils/i18n/t';
import { ShopperReport } from './shopper-report';
import { LanguageSetting } from './language-setting';
import { PacksSection } from './packs-section';
import { StatusMessage } from './status-message';
import { SupportSection } from './support-section';
import { useOptionsModel } from './use-options-model';

export function OptionsApp() {
  const model = useOptionsModel();
  const ready = model.ready.value;
  // The language the texts are in, once applied (the end-to-end tests wait for it).
  const language = chosenLanguage().setting;
  const title = t('optionsTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main class="options" data-ready={ready ? 'true' : 'false'} data-language={language}>
      <h1>{title}</h1>
      <StatusMessage />
      {model.loadError.value ? (
        <p role="alert" class="error">
          {t('optionsLoadFailed')}
        </p>
      ) : !ready ? (
        <p class="loading" role="status">
          {t('optionsLoading')}
        </p>
      ) : (
        <>
          <LanguageSetting />
          <PacksSection />
          <SupportSection />
          <ShopperReport />
        </>
      )}
    </main>
  );
}

import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { ShopperReport } from './shopper-report';
import { LanguageSetting } from './language-setting';
import { PacksSection } from './packs-section';
import { StatusMessage } from './status-message';
import { SupportSection } from './support-section';
import { OptionsLanguageContext, useOptionsModel } from './use-options-model';

export function OptionsApp() {
  const model = useOptionsModel();
  const ready = model.ready.value;
  // Provided to every component below, so each renders again when the language changes.
  const language = model.settings.value?.language ?? 'auto';
  useEffect(() => {
    document.title = t('optionsTitle');
  }, [language]);
  return (
    <OptionsLanguageContext.Provider value={language}>
      <main class="options" data-ready={ready ? 'true' : 'false'} data-language={language}>
        <h1>{t('optionsTitle')}</h1>
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
    </OptionsLanguageContext.Provider>
  );
}

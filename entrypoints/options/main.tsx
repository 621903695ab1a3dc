import { render } from 'preact';
import browser from 'webextension-polyfill';
import { OptionsApp } from '@/components/options/options-app';
import { OptionsModelContext } from '@/components/options/use-options-model';
import { optionsDeps } from './options-deps';
import { createOptionsModel } from './options-model';
import { trackLanguageInSignals } from '@/utils/i18n/track-language';
import '@/components/shared/palette.css';
import '@/components/shared/checklist.css';
import '@/components/options/options.css';

const model = createOptionsModel(optionsDeps);
// Until the settings are read (they may choose another language), the browser's.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
// Every component that calls t() renders again when the language changes.
trackLanguageInSignals();
model.start();
render(
  <OptionsModelContext.Provider value={model}>
    <OptionsApp />
  </OptionsModelContext.Provider>,
  document.getElementById('app')!,
);

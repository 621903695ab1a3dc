/** The language the extension speaks: the one chosen in its settings, else the browser's. */
import { browser } from 'wxt/browser';
import type { GuideSettings, LanguageSetting } from '../settings/settings';
import { CATALOGUE_LANGUAGES, type CatalogueLanguage } from './catalogue';

export function uiLocale(settings: GuideSettings | null): string {
  return settings && settings.language !== 'auto'
    ? settings.language
    : browser.i18n.getUILanguage();
}

/**
 * The catalogue `browser.i18n` speaks in this browser, as the browser says:
 * each catalogue names its own language (`catalogueLanguage`). The UI
 * language is no guide: Chromium on Linux started with `--lang=es` reports
 * `en-US` from getUILanguage() and speaks the Spanish catalogue.
 */
export function browserCatalogue(): CatalogueLanguage {
  const spoken = browser.i18n.getMessage('catalogueLanguage');
  return CATALOGUE_LANGUAGES.find((lang) => lang === spoken) ?? 'en';
}

/** The catalogue a language setting speaks: its own, or on "automatic" the browser's. */
export function catalogueOf(setting: LanguageSetting): CatalogueLanguage {
  return setting === 'auto' ? browserCatalogue() : setting;
}

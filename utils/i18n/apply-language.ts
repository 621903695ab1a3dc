/**
 * Makes an extension page (popup, options) speak the language chosen in the
 * settings, or the browser's on "automatic". Content scripts ask the
 * background for the catalogue instead (see start-guide.tsx).
 */
import type { GuideSettings } from '../settings/settings';
import { readCatalogue } from './read-catalogue';
import { setCatalogue } from './t';
import { uiLocale } from './ui-locale';

export async function applyLanguage(settings: GuideSettings): Promise<void> {
  setCatalogue(settings.language === 'auto' ? null : await readCatalogue(settings.language));
  document.documentElement.lang = uiLocale(settings);
}

/**
 * Makes an extension page (popup, options) speak the language chosen in the
 * settings, or the browser's on "automatic". Content scripts ask the
 * background for the catalogue instead (see start-guide.tsx).
 */
import type { GuideSettings } from '../settings/settings';
import { readCatalog } from './read-catalog';
import { setCatalog } from './t';
import { uiLocale } from './ui-locale';

export async function applyLanguage(settings: GuideSettings): Promise<void> {
  setCatalog(settings.language === 'auto' ? null : await readCatalog(settings.language));
  document.documentElement.lang = uiLocale(settings);
}

/**
 * Makes an extension page (popup, options) speak the language chosen in the
 * settings, or the browser's on "automatic". Each catalogue is read once per
 * page (read-catalogue.ts). Content scripts ask the background for theirs
 * instead (see start-guide.ts).
 */
import type { GuideSettings } from '../settings/settings';
import { readCatalogue } from './read-catalogue';
import { chooseLanguage } from './t';
import { uiLocale } from './ui-locale';

/** The latest call wins: a slow read must not bring back a language chosen before. */
let calls = 0;

export async function applyLanguage(settings: GuideSettings): Promise<void> {
  const call = ++calls;
  const lang = settings.language;
  // Unreadable now: it throws, and the next call tries again (read-catalogue.ts).
  const catalogue = lang === 'auto' ? null : await readCatalogue(lang);
  if (call !== calls) return;
  chooseLanguage(lang, catalogue);
  document.documentElement.lang = uiLocale(settings);
}

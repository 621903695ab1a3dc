/**
 * Makes an extension page (popup, options) speak the language chosen in the
 * settings, or the browser's on "automatic". Each catalogue is read once per
 * page. Content scripts ask the background for the catalogue instead (see
 * start-guide.ts).
 */
import type { GuideSettings } from '../settings/settings';
import type { Catalogue, CatalogueLanguage } from './catalogue';
import { readCatalogue } from './read-catalogue';
import { chooseLanguage } from './t';
import { uiLocale } from './ui-locale';

const read = new Map<CatalogueLanguage, Promise<Catalogue>>();
/** The latest call wins: a slow read must not bring back a language chosen before. */
let calls = 0;

export async function applyLanguage(settings: GuideSettings): Promise<void> {
  const call = ++calls;
  const lang = settings.language;
  let catalogue: Catalogue | null = null;
  if (lang !== 'auto') {
    if (!read.has(lang)) read.set(lang, readCatalogue(lang));
    catalogue = await read.get(lang)!.catch((error: unknown) => {
      // Unreadable now: the next call tries again.
      read.delete(lang);
      throw error;
    });
  }
  if (call !== calls) return;
  chooseLanguage(lang, catalogue);
  document.documentElement.lang = uiLocale(settings);
}

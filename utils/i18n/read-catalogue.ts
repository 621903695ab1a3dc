/**
 * Reads one of the extension's own `_locales/<lang>/messages.json` files.
 * This is a read of a file packaged inside the extension (an extension-origin
 * URL), not a network request; the URL is checked to be ours before reading.
 */
import { browser } from 'wxt/browser';
import {
  cataloguePath,
  type Catalogue,
  type CatalogueFile,
  type CatalogueLanguage,
} from './catalogue';

/** All of a language's messages, or only the guide's (utils/i18n/guide-messages.ts). */
export async function readCatalogue(
  lang: CatalogueLanguage,
  file: CatalogueFile = 'messages',
): Promise<Catalogue> {
  const base = browser.runtime.getURL('/');
  const url = new URL(cataloguePath(lang, file), base);
  if (!url.href.startsWith(base)) throw new Error('Only packaged catalogues can be read');
  // eslint-disable-next-line no-restricted-globals -- reads a file inside the extension package, see above
  const response = await fetch(url);
  return (await response.json()) as Catalogue;
}

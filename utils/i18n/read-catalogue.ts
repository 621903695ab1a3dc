/**
 * Reads one of the extension's own catalogues, `_locales/<lang>/<file>.json`.
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

/**
 * Each file is read once per context (packaged files do not change while the
 * extension runs): the worker answers every guided page from one read, and
 * each page and the toolbar button keep theirs. A failed read is tried again
 * next time.
 */
const reads = new Map<string, Promise<Catalogue>>();

/** All of a language's messages, or only the guide's (utils/i18n/guide-messages.ts). */
export function readCatalogue(
  lang: CatalogueLanguage,
  file: CatalogueFile = 'messages',
): Promise<Catalogue> {
  const path = cataloguePath(lang, file);
  let read = reads.get(path);
  if (!read) {
    const fresh = readPackaged(path);
    reads.set(path, fresh);
    fresh.catch(() => {
      if (reads.get(path) === fresh) reads.delete(path);
    });
    read = fresh;
  }
  return read;
}

async function readPackaged(path: string): Promise<Catalogue> {
  const base = browser.runtime.getURL('/');
  const url = new URL(path, base);
  if (!url.href.startsWith(base)) throw new Error('Only packaged catalogues can be read');
  // eslint-disable-next-line no-restricted-globals -- reads a file inside the extension package, see above
  const response = await fetch(url);
  return (await response.json()) as Catalogue;
}

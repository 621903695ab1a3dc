/**
 * Translated strings. By default through `browser.i18n`, which follows the
 * browser's language in every context; when the shopper picks a language in
 * the options page, that language's catalogue is set here and wins.
 * Keys are checked against the English catalogue at compile time.
 */
import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';
import type { Catalogue } from './catalogue';
import { formatMessage } from './format-message';

export type MessageKey = keyof typeof english;

let chosen: Catalogue | null = null;

/** Use this catalogue from now on (null: follow the browser again). */
export function setCatalogue(next: Catalogue | null): void {
  chosen = next;
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined
      ? []
      : Array.isArray(substitutions)
        ? substitutions
        : [substitutions];
  const chosenText = chosen ? formatMessage(chosen, key, subs) : undefined;
  if (chosenText !== undefined) return chosenText;
  // An empty answer means a missing key: show the key rather than nothing.
  return browser.i18n.getMessage(key, subs) || key;
}

/**
 * Translated strings through `browser.i18n`, which follows the browser's
 * language and works in every context (content script, popup, background).
 * Keys are checked against the English catalogue at compile time.
 */
import { browser } from 'wxt/browser';
import type catalogue from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // An empty answer means a missing key: show the key rather than nothing.
  return browser.i18n.getMessage(key, substitutions) || key;
}

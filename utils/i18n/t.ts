/**
 * Translated strings. By default through `browser.i18n`, which follows the
 * browser's language in every context; when the shopper picks a language in
 * the options page, that language's catalogue is set here and wins.
 * Keys are checked against the English catalogue at compile time.
 */
import { browser } from 'wxt/browser';
import type catalogue from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;

/** The shape of a `_locales/<lang>/messages.json` file. */
export type Catalog = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

let chosen: Catalog | null = null;

/** Use this catalogue from now on (null: follow the browser again). */
export function setCatalog(next: Catalog | null): void {
  chosen = next;
}

/** Chrome's message format: `$NAME$` names a placeholder whose content is `$1`, `$2`… */
export function formatMessage(entry: Catalog[string], substitutions: string[]): string {
  return entry.message
    .replace(
      /\$([A-Za-z0-9_]+)\$/g,
      (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
    )
    .replace(/\$(\d)/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined
      ? []
      : Array.isArray(substitutions)
        ? substitutions
        : [substitutions];
  const entry = chosen?.[key];
  if (entry) return formatMessage(entry, subs);
  // An empty answer means a missing key: show the key rather than nothing.
  return browser.i18n.getMessage(key, subs) || key;
}

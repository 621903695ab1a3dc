/**
 * Translated strings, and the one language switch every screen follows
 * (issue #11). By default through `browser.i18n`, which follows the browser's
 * language in every context; when the shopper picks a language in the options
 * page, that language's catalogue is chosen here and wins. The on-page guide
 * chooses one on "automatic" too, the browser's, which the background sends
 * (start-guide.ts): a content script's first `browser.i18n` call is slow.
 *
 * A change notifies `onLanguageChange` listeners. The on-page guide redraws
 * from one; the extension pages make every read here a signal read
 * (track-language.ts), so a Preact component that called t() while rendering
 * renders again in the new language. Not a signal itself: the content script
 * has no room for a signals library within its size budget.
 * Keys are checked against the English catalogue at compile time.
 */
import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';
import type { LanguageSetting } from '../settings/settings';
import type { Catalogue } from './catalogue';
import { formatMessage } from './format-message';

export type MessageKey = keyof typeof english;

export interface ChosenLanguage {
  /** As the settings say it; `auto` follows the browser. */
  setting: LanguageSetting;
  /** Its catalogue; null on `auto` in extension pages, where `browser.i18n` answers. */
  catalogue: Catalogue | null;
}

let chosen: ChosenLanguage = { setting: 'auto', catalogue: null };
const listeners = new Set<() => void>();
let onRead = (): void => {};

/** Speak this language from now on, everywhere in this context. */
export function chooseLanguage(setting: LanguageSetting, catalogue: Catalogue | null): void {
  if (setting === chosen.setting && catalogue === chosen.catalogue) return;
  chosen = { setting, catalogue };
  for (const listener of [...listeners]) listener();
}

/** The language in use. Read while rendering, it makes the render follow the next change. */
export function chosenLanguage(): ChosenLanguage {
  onRead();
  return chosen;
}

/** Calls `listener` after every change of language, until `signal` aborts. */
export function onLanguageChange(listener: () => void, signal?: AbortSignal): void {
  listeners.add(listener);
  signal?.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/** Runs `read` on every read of the language (track-language.ts makes it a signal read). */
export function trackLanguageReads(read: () => void): void {
  onRead = read;
}

/** The message in `catalogue`, else in the browser's language; the key itself if neither has it. */
export function translate(
  catalogue: Catalogue | null,
  key: MessageKey,
  substitutions?: string | readonly string[],
): string {
  const subs = [substitutions ?? []].flat();
  const chosenText = catalogue ? formatMessage(catalogue, key, subs) : undefined;
  if (chosenText !== undefined) return chosenText;
  // An empty answer means a missing key: show the key rather than nothing.
  return browser.i18n.getMessage(key, subs) || key;
}

/** The message in the language in use. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  return translate(chosenLanguage().catalogue, key, substitutions);
}

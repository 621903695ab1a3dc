/** The language the extension speaks: the one chosen in its settings, else the browser's. */
import { browser } from 'wxt/browser';
import type { GuideSettings } from '../settings/settings';

export function uiLocale(settings: GuideSettings | null): string {
  return settings && settings.language !== 'auto'
    ? settings.language
    : browser.i18n.getUILanguage();
}

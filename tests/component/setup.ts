/**
 * Component tests: the screens and the on-page guide rendered in happy-dom.
 * `WxtVitest()` points `wxt/browser` at WXT's fake browser, which has no
 * `i18n`; the shipped English catalogue stands in for the browser's, so t()
 * reads real texts. Only what the environment lacks is stubbed here.
 */
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '@/public/_locales/en/messages.json';
import { formatMessage } from '@/utils/i18n/format-message';
import { chooseLanguage } from '@/utils/i18n/t';
import { trackLanguageInSignals } from '@/utils/i18n/track-language';
import { unmountAll } from './render';

// As the popup's and the options page's main.tsx do: t() in a render follows the language.
trackLanguageInSignals();

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) =>
    formatMessage(english, key, typeof subs === 'string' ? [subs] : (subs ?? [])) ?? '';
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  document.documentElement.lang = 'en';
});

afterEach(() => {
  unmountAll();
  chooseLanguage('auto', null);
  document.body.replaceChildren();
});

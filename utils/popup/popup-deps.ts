/** The popup model's real dependencies: IndexedDB, the protocol, tabs and the clipboard. */
import { browser } from 'wxt/browser';
import { openGuideDb } from '../db/open-db';
import { readDiagnostics } from '../db/diagnostics-store';
import { readProgress } from '../db/progress-store';
import { readSettings } from '../db/settings-store';
import { readActivePack } from '../db/packs-store';
import { uiLocale } from '../i18n/ui-locale';
import { applyLanguage } from '../i18n/apply-language';
import { onProgressChanged } from '../messaging/change-channel';
import { parseResponse } from '../messaging/parse-response';
import { sendMessage } from '../messaging/send-message';
import type { PopupDeps } from './popup-model';

export const popupDeps: PopupDeps = {
  loadProgress: async () => readProgress(await openGuideDb()),
  loadSettings: async () => readSettings(await openGuideDb()),
  loadDiagnostics: async () => readDiagnostics(await openGuideDb()),
  loadActivePack: async () => readActivePack(await openGuideDb()),
  locale: uiLocale,
  applyLanguage,
  markStep: async (step, done) =>
    (await sendMessage('markStep', { step, done }, parseResponse('markStep'))).progress,
  reset: async () =>
    (await sendMessage('resetProgress', {}, parseResponse('resetProgress'))).progress,
  updateSettings: async (patch) =>
    (await sendMessage('updateSettings', patch, parseResponse('updateSettings'))).settings,
  openTab: async (url) => {
    // The new tab takes focus, which closes a popup by itself.
    await browser.tabs.create({ url });
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  subscribe: onProgressChanged,
};

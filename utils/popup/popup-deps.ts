/** The popup model's real dependencies: IndexedDB, the protocol, tabs and the clipboard. */
import { browser } from 'wxt/browser';
import { openGuideDb } from '../db/open-db';
import { readDiagnostics } from '../db/diagnostics-store';
import { readProgress } from '../db/read-progress';
import { readSettings } from '../db/settings-store';
import { readActivePack } from '../db/packs-store';
import { uiLocale } from '../i18n/ui-locale';
import { applyLanguage } from '../i18n/apply-language';
import { onProgressChanged } from '../messaging/change-channel';
import { isProgress, parseSettingsReply } from '../flow/progress-guard';
import { sendMessage } from '../messaging/send-message';
import type { PopupDeps } from './popup-model';
import type { Progress } from '../flow/progress-schema';

/** Replies to markStep / resetProgress, checked without zod (the popup's size budget). */
function parseProgressOnly(data: unknown): { progress: Progress } {
  const progress = (data as { progress?: unknown } | null)?.progress;
  if (!isProgress(progress)) throw new TypeError('Not a progress reply');
  return { progress };
}

export const popupDeps: PopupDeps = {
  loadProgress: async () => readProgress(await openGuideDb()),
  loadSettings: async () => readSettings(await openGuideDb()),
  loadDiagnostics: async () => readDiagnostics(await openGuideDb()),
  loadActivePack: async () => readActivePack(await openGuideDb()),
  locale: uiLocale,
  applyLanguage,
  markStep: async (step, done) =>
    (await sendMessage('markStep', { step, done }, parseProgressOnly)).progress,
  reset: async () => (await sendMessage('resetProgress', {}, parseProgressOnly)).progress,
  updateSettings: async (patch) =>
    (await sendMessage('updateSettings', patch, parseSettingsReply)).settings,
  openTab: async (url) => {
    // The new tab takes focus, which closes a popup by itself.
    await browser.tabs.create({ url });
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  subscribe: onProgressChanged,
  reportSource: {
    // A dynamic import: the report's parser uses zod, which the popup's first
    // render does without (size budget); it loads when the report is wanted.
    load: async () => {
      const { collectReport, reportDeps } = await import('../report/collect-report');
      return collectReport(reportDeps);
    },
    copy: (text) => navigator.clipboard.writeText(text),
  },
};

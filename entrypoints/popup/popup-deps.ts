/**
 * The popup model's real dependencies: its snapshot, IndexedDB, the protocol,
 * tabs, the clipboard and downloads.
 */
import { browser } from 'wxt/browser';
import { openGuideDb } from '@/utils/db/open-db';
import { readDiagnostics } from '@/utils/db/diagnostics-store';
import { readStepEvents } from '@/utils/db/read-step-events';
import { readProgress } from '@/utils/db/read-progress';
import { countQuarantined } from '@/utils/db/quarantine-store';
import { DB_NAME } from '@/utils/db/schema';
import { readSettings } from '@/utils/db/settings-store';
import { readActivePack } from '@/utils/db/packs-store';
import { uiLocale } from '@/utils/i18n/ui-locale';
import { applyLanguage } from '@/utils/i18n/apply-language';
import { onProgressChanged } from '@/utils/messaging/change-channel';
import { parseProgressOnlyReply, parseSettingsReply } from '@/utils/guards/reply-guard';
import { sendMessage } from '@/utils/messaging/send-message';
import type { PopupDeps } from './popup-model';
import { downloadText } from '@/utils/data-file/download-text';
import { POPUP_SNAPSHOT_KEY } from '@/utils/popup-cache/popup-snapshot';
import { asPopupSnapshot } from '@/utils/popup-cache/popup-snapshot-guard';
import { snapshotIn } from '@/utils/popup-cache/popup-url';

export const popupDeps: PopupDeps = {
  // Kept by the background (entrypoints/background/popup-cache.ts); checked, never trusted.
  loadCache: async () =>
    asPopupSnapshot((await browser.storage.local.get(POPUP_SNAPSHOT_KEY))[POPUP_SNAPSHOT_KEY]),
  // In the query; in the fragment, `popup.html#<snapshot>`, as earlier releases opened it
  // (README test contract).
  cacheInAddress: () =>
    asPopupSnapshot(snapshotIn(location.search)) ?? asPopupSnapshot(snapshotIn(location.hash)),
  loadProgress: async () => readProgress(await openGuideDb()),
  loadSettings: async () => readSettings(await openGuideDb()),
  loadDiagnostics: async () => readDiagnostics(await openGuideDb()),
  loadEvents: async () => readStepEvents(await openGuideDb()),
  loadActivePack: async () => readActivePack(await openGuideDb()),
  locale: uiLocale,
  applyLanguage,
  markStep: async (step, done) =>
    (await sendMessage('markStep', { step, done }, parseProgressOnlyReply)).progress,
  reset: async () => (await sendMessage('resetProgress', {}, parseProgressOnlyReply)).progress,
  updateSettings: async (patch) =>
    (await sendMessage('updateSettings', patch, parseSettingsReply)).settings,
  openTab: async (url) => {
    // The new tab takes focus, which closes a popup by itself.
    await browser.tabs.create({ url });
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  subscribe: onProgressChanged,
  countQuarantined: async () => countQuarantined(await openGuideDb()),
  // Loaded on demand: only needed when the shopper asks for the file.
  exportSavedData: async () => {
    const { exportDatabase, savedDataFileName, savedDataJson } =
      await import('@/utils/db/export-db');
    const data = await exportDatabase(DB_NAME);
    return { fileName: savedDataFileName(data), text: savedDataJson(data) };
  },
  download: downloadText,
  reportSource: {
    // A dynamic import: the report's parser uses zod, which the popup's first
    // render does without (size budget); it loads when the report is wanted.
    load: async () => {
      const { collectReport, reportDeps } = await import('@/utils/report/collect-report');
      return collectReport(reportDeps);
    },
    copy: (text) => navigator.clipboard.writeText(text),
  },
};

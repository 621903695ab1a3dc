/** The options model's real dependencies: IndexedDB, the protocol, the clipboard and downloads. */
import { openGuideDb } from '@/utils/db/open-db';
import { listPacks, removePack, savePack, setPackActive } from '@/utils/db/packs-store';
import { readSettings } from '@/utils/db/settings-store';
import { applyLanguage } from '@/utils/i18n/apply-language';
import { readManagedPacks } from '@/utils/packs/managed-packs';
import { readManagedArea } from '@/utils/packs/read-managed-area';
import { onProgressChanged } from '@/utils/messaging/change-channel';
import { parseResponse } from '@/utils/messaging/parse-response';
import { sendMessage } from '@/utils/messaging/send-message';
import { extensionReportSource } from '@/utils/report/collect-report';
import type { OptionsDeps } from './options-model';
import { downloadText } from '@/utils/data-file/download-text';

export const optionsDeps: OptionsDeps = {
  listPacks: async () => listPacks(await openGuideDb()),
  readManagedProblems: async () => readManagedPacks(await readManagedArea()).problems,
  savePack: async (pack, json, activate) =>
    savePack(await openGuideDb(), pack, json, activate, Date.now()),
  setPackActive: async (id, active) => setPackActive(await openGuideDb(), id, active),
  removePack: async (id) => removePack(await openGuideDb(), id),
  packsChanged: async () => {
    await sendMessage('packsChanged', {}, parseResponse('packsChanged'));
  },
  loadSettings: async () => readSettings(await openGuideDb()),
  updateSettings: async (patch) =>
    (await sendMessage('updateSettings', patch, parseResponse('updateSettings'))).settings,
  applyLanguage,
  report: extensionReportSource,
  download: downloadText,
  subscribe: onProgressChanged,
};

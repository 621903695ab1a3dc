/**
 * The options page's one model: stored packs, the pack being checked (its
 * preview or its errors), the language setting, the support report's source
 * and a shopper's report opened by support. Components read it from context
 * and call its actions; only `deps` touch IndexedDB, messaging, the clipboard
 * and downloads.
 */
import { batch, computed, signal } from '@preact/signals';
import type { PackSummary } from '@/utils/db/packs-store';
import type { MessageKey } from '@/utils/i18n/t';
import type { DataError } from '@/utils/data-file/data-error';
import { describePackChanges, type PackChange } from '@/utils/packs/diff-pack';
import { exportPack } from '@/utils/packs/export-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import type { ManagedProblem } from '@/utils/packs/managed-packs';
import { PACK_LIMITS, parsePack } from '@/utils/packs/parse-pack';
import type { ReportSource } from '@/utils/report/collect-report';
import type { GuideSettings, LanguageSetting } from '@/utils/settings/settings';
import { createShopperReport } from './shopper-report-model';
import { readTextFile, type TextFile } from '@/utils/data-file/read-text-file';

export interface OptionsDeps {
  listPacks(): Promise<PackSummary[]>;
  /** What is wrong with the packs the shopper's organisation set by policy (ignored ones). */
  readManagedProblems(): Promise<ManagedProblem[]>;
  /** Stores a pack as canonical JSON; `activate` makes it the only active one (one transaction). */
  savePack(pack: Pack, json: string, activate: boolean): Promise<void>;
  setPackActive(id: string, active: boolean): Promise<void>;
  removePack(id: string): Promise<void>;
  /** Tells the background, which pushes the active pack to every open tab and the popup. */
  packsChanged(): Promise<void>;
  loadSettings(): Promise<GuideSettings>;
  updateSettings(patch: Partial<GuideSettings>): Promise<GuideSettings>;
  /** Makes this page's texts follow the setting. */
  applyLanguage(settings: GuideSettings): Promise<void>;
  /** This browser's own support report (see components/report). */
  report: ReportSource;
  /** Saves a file to the shopper's disk: packs travel as files, never over the network. */
  download(fileName: string, text: string): void;
  /** Calls back when something changed elsewhere (another tab, the popup); returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface PackCandidate {
  pack: Pack;
  /** Canonical JSON, as it will be stored and exported. */
  json: string;
  /** Against what is active now. */
  changes: PackChange[];
  /** The stored pack with the same id, which activating replaces. */
  replaces: PackSummary | null;
}

/** A line for the status region; the key (not the text) is kept so it follows a language change. */
export interface OptionsMessage {
  tone: 'status' | 'error';
  key: MessageKey;
  args?: string[];
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

export function createOptionsModel(deps: OptionsDeps) {
  const packs = signal<PackSummary[] | null>(null);
  const managedProblems = signal<ManagedProblem[]>([]);
  const settings = signal<GuideSettings | null>(null);
  const loadError = signal(false);
  const busy = signal(false);
  const message = signal<OptionsMessage | null>(null);
  const pasted = signal('');
  /** The checked pack; its preview (below) is always against what is active now. */
  const checked = signal<{ pack: Pack; json: string } | null>(null);
  const packErrors = signal<DataError[]>([]);
  const confirmingRemove = signal<string | null>(null);

  const ready = computed(() => packs.value !== null && settings.value !== null);
  const activePack = computed(() => packs.value?.find((p) => p.active) ?? null);
  const candidate = computed<PackCandidate | null>(() => {
    const next = checked.value;
    if (!next) return null;
    return {
      ...next,
      changes: describePackChanges(activePack.value?.pack ?? null, next.pack),
      replaces: packs.value?.find((p) => p.id === next.pack.id) ?? null,
    };
  });

  async function reloadPacks() {
    packs.value = await deps.listPacks();
  }

  async function load() {
    try {
      const [list, stored, problems] = await Promise.all([
        deps.listPacks(),
        deps.loadSettings(),
        deps.readManagedProblems().catch(() => []),
      ]);
      // The language first, so the page never flashes in the other one.
      await deps.applyLanguage(stored).catch(() => undefined);
      batch(() => {
        packs.value = list;
        managedProblems.value = problems;
        settings.value = stored;
        loadError.value = false;
      });
    } catch {
      loadError.value = !ready.value;
    }
  }

  function checkPackText(text: string) {
    confirmingRemove.value = null;
    message.value = null;
    const result = parsePack(text);
    if (!result.ok) {
      // Rejected whole: nothing is stored and the active pack stays as it is.
      checked.value = null;
      packErrors.value = result.errors;
      return;
    }
    packErrors.value = [];
    checked.value = { pack: result.pack, json: exportPack(result.pack) };
  }

  /** Runs a change to the stored packs, then tells every tab; false if the change failed. */
  async function changePacks(run: () => Promise<void>, done: OptionsMessage): Promise<boolean> {
    busy.value = true;
    message.value = null;
    try {
      try {
        await run();
      } catch {
        message.value = { tone: 'error', key: 'msgPackFailed' };
        return false;
      }
      try {
        await deps.packsChanged();
        message.value = done;
      } catch {
        // Stored, but the tabs did not hear of it: say so rather than pretend.
        message.value = { tone: 'error', key: 'msgTabsNotUpdated' };
      }
      return true;
    } finally {
      await reloadPacks().catch(() => undefined);
      busy.value = false;
    }
  }

  function findPack(id: string): PackSummary | undefined {
    return packs.value?.find((p) => p.id === id);
  }

  return {
    packs,
    managedProblems,
    settings,
    loadError,
    ready,
    busy,
    message,
    pasted,
    candidate,
    packErrors,
    confirmingRemove,
    activePack,
    /** The shopper's own report, for "Copy report for support". */
    reportSource: deps.report,
    load,
    /** Starts loading and live updates; returns the stop function. */
    start() {
      void load();
      return deps.subscribe(() => void load());
    },

    /** Checks the pasted text as a pack: a preview to confirm, or every problem found. */
    checkPasted() {
      checkPackText(pasted.value);
    },
    checkPackText,
    async checkPackFile(file: TextFile) {
      const read = await readTextFile(file, PACK_LIMITS);
      if (read.ok) return checkPackText(read.text);
      checked.value = null;
      packErrors.value = read.errors;
    },
    async activateCandidate() {
      const next = candidate.value;
      if (!next || busy.value) return;
      const ok = await changePacks(() => deps.savePack(next.pack, next.json, true), {
        tone: 'status',
        key: 'msgPackActivated',
        args: [next.pack.name],
      });
      if (ok) {
        checked.value = null;
        pasted.value = '';
      }
    },
    cancelCandidate() {
      checked.value = null;
      packErrors.value = [];
    },

    async activate(id: string) {
      const pack = findPack(id);
      if (!pack || pack.managed || busy.value) return;
      await changePacks(() => deps.setPackActive(id, true), {
        tone: 'status',
        key: 'msgPackActivated',
        args: [pack.name],
      });
    },
    async deactivate(id: string) {
      const pack = findPack(id);
      if (!pack || pack.managed || busy.value) return;
      await changePacks(() => deps.setPackActive(id, false), {
        tone: 'status',
        key: 'msgPackDeactivated',
        args: [pack.name],
      });
    },
    askRemove(id: string) {
      confirmingRemove.value = id;
    },
    cancelRemove() {
      confirmingRemove.value = null;
    },
    async confirmRemove() {
      const id = confirmingRemove.value;
      confirmingRemove.value = null;
      const pack = id ? findPack(id) : undefined;
      if (!id || !pack || pack.managed || busy.value) return;
      await changePacks(() => deps.removePack(id), {
        tone: 'status',
        key: 'msgPackRemoved',
        args: [pack.name],
      });
    },
    /** Saves the stored pack as a file, in canonical form. */
    exportPack(id: string) {
      const pack = findPack(id);
      if (!pack) return;
      deps.download(`${pack.id}-${pack.version}.json`, exportPack(pack.pack));
    },

    async setLanguage(language: LanguageSetting) {
      message.value = null;
      try {
        const next = await deps.updateSettings({ language });
        await deps.applyLanguage(next);
        settings.value = next;
      } catch {
        message.value = { tone: 'error', key: 'msgSettingFailed' };
      }
    },

    /** Support: a shopper's report, opened read-only. */
    ...createShopperReport(),
  };
}

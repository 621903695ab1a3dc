/**
 * The popup's one model: signals for what is shown, computed views, and the
 * actions buttons call. Components read it from context and never touch
 * storage or messaging themselves.
 */
import { computed, signal } from '@preact/signals';
import { currentStep, doneCount, stepViews } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import { pageUrlForStep } from '@/utils/flow/step-pages';
import type { StepId } from '@/utils/flow/steps';
import type { StepEvent } from '@/utils/db/read-step-events';
import { reopenedByPage } from '@/utils/flow/reopened';
import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import type { GuideSettings } from '@/utils/settings/settings';
import { packLink, packStepText } from '@/utils/packs/apply-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import type { ReportSource } from '@/utils/report/collect-report';
import { isNewerDatabaseError } from '@/utils/db/newer-database';

export interface PopupDeps {
  /** Read straight from IndexedDB: fast even while the background sleeps. */
  loadProgress(): Promise<Progress>;
  loadSettings(): Promise<GuideSettings>;
  loadDiagnostics(): Promise<Diagnostic[]>;
  /** The log's step events, to tell which steps a page re-opened. */
  loadEvents(): Promise<StepEvent[]>;
  loadActivePack(): Promise<Pack | null>;
  /** The language the extension speaks, given the settings. */
  locale(settings: GuideSettings | null): string;
  /** Switches the texts to the settings' language. */
  applyLanguage(settings: GuideSettings): Promise<void>;
  /** Builds and copies the support report (loaded on demand: it carries zod). */
  reportSource: ReportSource;
  updateSettings(patch: Partial<GuideSettings>): Promise<GuideSettings>;
  copyText(text: string): Promise<void>;
  markStep(step: StepId, done: boolean): Promise<Progress>;
  reset(): Promise<Progress>;
  openTab(url: string): Promise<void>;
  /** Calls back when progress changed elsewhere; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** How many saved records could not be read and are kept aside (the quarantine). */
  countQuarantined(): Promise<number>;
  /** Everything saved, as it is and whatever its version, as a JSON file's name and text. */
  exportSavedData(): Promise<{ fileName: string; text: string }>;
  /** Offers `text` as a downloaded file (a local Blob: no network). */
  download(fileName: string, text: string): void;
}

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel(deps: PopupDeps) {
  const progress = signal<Progress | null>(null);
  const loadError = signal(false);
  /** The saved progress was written by a newer release: it cannot be read, only exported. */
  const newerDatabase = signal(false);
  /** Saved records (or parts) that could not be read and were set aside. */
  const quarantined = signal(0);
  const exportState = signal<'done' | 'failed' | null>(null);
  const actionError = signal(false);
  const busy = signal(false);
  const confirmingReset = signal(false);
  const settings = signal<GuideSettings | null>(null);
  const diagnostics = signal<Diagnostic[]>([]);
  const events = signal<StepEvent[]>([]);
  const copied = signal(false);
  const pack = signal<Pack | null>(null);
  /** Bumped when the texts' language changes, so everything re-renders in it. */
  const language = signal('');

  const steps = computed(() => (progress.value ? stepViews(progress.value) : []));
  const done = computed(() => (progress.value ? doneCount(progress.value) : 0));
  const current = computed(() => (progress.value ? currentStep(progress.value) : null));
  /** Steps a page showed are not done after all (the card list was empty…). */
  const reopened = computed(() =>
    progress.value ? reopenedByPage(events.value, progress.value) : [],
  );

  async function load() {
    try {
      // Progress first: it is what the popup opens for; the rest can follow.
      progress.value = await deps.loadProgress();
      loadError.value = false;
      newerDatabase.value = false;
      [settings.value, diagnostics.value, pack.value, events.value] = await Promise.all([
        deps.loadSettings(),
        deps.loadDiagnostics(),
        deps.loadActivePack(),
        deps.loadEvents().catch(() => events.value),
      ]);
      // Counted last: reading progress and settings sets aside what they cannot read.
      // A count that fails is no reason to hide the checklist.
      quarantined.value = await deps.countQuarantined().catch(() => quarantined.value);
      if (settings.value && settings.value.language !== language.value) {
        await deps.applyLanguage(settings.value);
        language.value = settings.value.language;
      }
    } catch (error) {
      if (progress.value === null && isNewerDatabaseError(error)) newerDatabase.value = true;
      else loadError.value = progress.value === null;
    }
  }

  /** Runs a change; the result replaces what is shown, an error is shown instead. */
  async function act(change: () => Promise<Progress>) {
    busy.value = true;
    actionError.value = false;
    try {
      progress.value = await change();
    } catch {
      actionError.value = true;
    } finally {
      busy.value = false;
    }
  }

  return {
    progress,
    loadError,
    newerDatabase,
    quarantined,
    exportState,
    actionError,
    busy,
    confirmingReset,
    settings,
    diagnostics,
    copied,
    pack,
    language,
    reportSource: deps.reportSource,
    /** A step's texts from the active pack, where it has them (else the built-in ones are used). */
    packText(step: StepId) {
      return packStepText(pack.value, step, deps.locale(settings.value));
    },
    steps,
    done,
    current,
    reopened,
    load,
    /** Starts loading and live updates; returns the stop function. */
    start() {
      void load();
      return deps.subscribe(() => void load());
    },
    markDone: (step: StepId) => act(() => deps.markStep(step, true)),
    undo: (step: StepId) => act(() => deps.markStep(step, false)),
    askReset() {
      confirmingReset.value = true;
    },
    cancelReset() {
      confirmingReset.value = false;
    },
    async confirmReset() {
      confirmingReset.value = false;
      await act(() => deps.reset());
    },
    async setGuideEnabled(enabled: boolean) {
      actionError.value = false;
      try {
        settings.value = await deps.updateSettings({ guideEnabled: enabled });
      } catch {
        actionError.value = true;
      }
    },
    async copyDiagnostics(text: string) {
      try {
        await deps.copyText(text);
        copied.value = true;
      } catch {
        actionError.value = true;
      }
    },
    /** Reads everything saved, without changing it, and offers it as a file. */
    async exportSavedData() {
      exportState.value = null;
      try {
        const { fileName, text } = await deps.exportSavedData();
        deps.download(fileName, text);
        exportState.value = 'done';
      } catch {
        exportState.value = 'failed';
      }
    },
    async openStepPage(step: StepId) {
      if (!progress.value) return;
      await deps.openTab(pageUrlForStep(progress.value, step, packLink(pack.value, step)));
    },
  };
}

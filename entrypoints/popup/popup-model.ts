/**
 * The popup's one model: signals for what is shown, computed views, and the
 * actions buttons call. Components read it from context and never touch
 * storage or messaging themselves.
 */
import { batch, computed, signal } from '@preact/signals';
import { currentStep, doneCount, stepViews } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import { pageUrlForStep } from '@/utils/flow/step-pages';
import { STEP_IDS, stepIndex, type StepId } from '@/utils/flow/steps';
import type { StepEvent } from '@/utils/db/read-step-events';
import { reopenedByPage } from '@/utils/flow/reopened';
import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import type { GuideSettings } from '@/utils/settings/settings';
import { packLink, packStepText } from '@/utils/packs/apply-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import type { ReportSource } from '@/utils/report/collect-report';
import { isNewerDatabaseError } from '@/utils/db/newer-database';
import { snapshotProgress, type PopupSnapshot } from '@/utils/popup-cache/popup-snapshot';

export interface PopupDeps {
  /**
   * The last known checklist, kept by the background (issue #11): shown until
   * IndexedDB answers. Null (or absent) when there is none that can be used.
   */
  loadCache?(): Promise<PopupSnapshot | null>;
  /**
   * The same snapshot from the address the toolbar button opened, at once
   * (utils/popup-cache/popup-url.ts); null when the address has none.
   */
  cacheInAddress?(): PopupSnapshot | null;
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
  /** The language setting last applied: a reload with the same one reads no catalogue. */
  let applied: GuideSettings['language'] | null = null;
  /**
   * Where what is shown comes from: the background's snapshot until IndexedDB
   * has answered, then the store for good; null before either.
   */
  const source = signal<'cache' | 'store' | null>(null);
  /** IndexedDB has answered (or failed): a snapshot read after that has nothing to add. */
  let answered = false;
  let loading: Promise<void> = Promise.resolve();
  /**
   * A step whose "Mark as done" asks first, with the earlier steps it would count
   * as done too (as they were when it asked: the question does not change under the reader).
   */
  const confirmingMark = signal<{ step: StepId; implied: StepId[] } | null>(null);

  const steps = computed(() => (progress.value ? stepViews(progress.value) : []));
  const done = computed(() => (progress.value ? doneCount(progress.value) : 0));
  const current = computed(() => (progress.value ? currentStep(progress.value) : null));
  /** Steps a page showed are not done after all (the card list was empty…). */
  const reopened = computed(() =>
    progress.value ? reopenedByPage(events.value, progress.value) : [],
  );

  /** Every component that called t() renders again once it is applied (utils/i18n/t.ts). */
  async function speak(next: GuideSettings) {
    if (next.language === applied) return;
    await deps.applyLanguage(next);
    applied = next.language;
  }

  function showStore(fresh: Progress) {
    answered = true;
    progress.value = fresh;
    source.value = 'store';
    loadError.value = false;
    newerDatabase.value = false;
  }

  /** The snapshot, on screen until IndexedDB answers and never after. */
  function showCache(snapshot: PopupSnapshot | null) {
    if (!snapshot || answered) return;
    const show = () => {
      if (answered) return;
      batch(() => {
        progress.value = snapshotProgress(snapshot);
        settings.value = snapshot.settings;
        pack.value = snapshot.pack;
        source.value = 'cache';
      });
    };
    // In the settings' language from the first paint: at once in the one this page
    // already speaks (the browser's, to begin with), else after its catalogue is read.
    if (snapshot.settings.language === (applied ?? 'auto')) show();
    else void speak(snapshot.settings).then(show, show);
  }

  async function load() {
    let fresh: Progress | null = null;
    try {
      fresh = await deps.loadProgress();
      // Progress first: it is what the popup opens for; the rest can follow. A snapshot
      // on screen gives way only once everything is read, in one render.
      if (source.value !== 'cache') showStore(fresh);
      const [nextSettings, nextDiagnostics, nextPack, nextEvents] = await Promise.all([
        deps.loadSettings(),
        deps.loadDiagnostics(),
        deps.loadActivePack(),
        deps.loadEvents().catch(() => events.value),
      ]);
      // Counted last: reading progress and settings sets aside what they cannot read.
      // A count that fails is no reason to hide the checklist.
      const count = await deps.countQuarantined().catch(() => quarantined.value);
      const read = fresh;
      batch(() => {
        showStore(read);
        settings.value = nextSettings;
        diagnostics.value = nextDiagnostics;
        pack.value = nextPack;
        events.value = nextEvents;
        quarantined.value = count;
      });
      await speak(nextSettings);
    } catch (error) {
      answered = true;
      // The store could not confirm the snapshot: show what it gave, if anything, not the snapshot.
      if (source.value === 'cache') {
        const read = fresh;
        batch(() => {
          progress.value = read;
          settings.value = null;
          pack.value = null;
          source.value = read ? 'store' : null;
        });
      }
      if (progress.value === null && isNewerDatabaseError(error)) newerDatabase.value = true;
      else loadError.value = progress.value === null;
    }
  }

  /** Earlier steps not done yet: marking `step` done counts them as done too. */
  function pendingBefore(step: StepId): StepId[] {
    const shown = progress.value;
    return shown ? STEP_IDS.slice(0, stepIndex(step)).filter((s) => !shown.steps[s]) : [];
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
    source,
    confirmingMark,
    reportSource: deps.reportSource,
    /** The language the texts are in, for lists and numbers. */
    locale: () => deps.locale(settings.value),
    /** A step's texts from the active pack, where it has them (else the built-in ones are used). */
    packText(step: StepId) {
      return packStepText(pack.value, step, deps.locale(settings.value));
    },
    steps,
    done,
    current,
    reopened,
    load,
    /** Starts loading (snapshot and store side by side) and live updates; returns the stop. */
    start() {
      // From the address, the checklist is there for the first render; else storage answers soon.
      const inAddress = deps.cacheInAddress?.() ?? null;
      if (inAddress) showCache(inAddress);
      else void (deps.loadCache?.() ?? Promise.resolve(null)).then(showCache, () => undefined);
      loading = load();
      return deps.subscribe(() => void (loading = load()));
    },
    pendingBefore,
    /** Marks at once, without asking. */
    markDone: (step: StepId) => act(() => deps.markStep(step, true)),
    /** "Mark as done": at once, unless earlier steps would count as done too: then it asks. */
    async askMarkDone(step: StepId) {
      const implied = pendingBefore(step);
      if (implied.length > 0) confirmingMark.value = { step, implied };
      else await act(() => deps.markStep(step, true));
    },
    cancelMark() {
      confirmingMark.value = null;
    },
    /** Marks the step asked about; the question stays until it is done, so focus can follow. */
    async confirmMark() {
      const asked = confirmingMark.value;
      if (!asked || busy.value) return;
      await act(() => deps.markStep(asked.step, true));
      confirmingMark.value = null;
    },
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
      // The snapshot keeps no page addresses and no pack links: wait for the store.
      if (source.value === 'cache') await loading;
      if (!progress.value) return;
      await deps.openTab(pageUrlForStep(progress.value, step, packLink(pack.value, step)));
    },
  };
}

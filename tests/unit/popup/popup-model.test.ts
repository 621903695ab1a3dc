import { describe, expect, it, vi } from 'vitest';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import { createPopupModel, type PopupDeps } from '@/entrypoints/popup/popup-model';
import { DEFAULT_SETTINGS, type GuideSettings } from '@/utils/settings/settings';

function fakeDeps(initial: Progress = emptyProgress()) {
  let stored = initial;
  let settings: GuideSettings = { ...DEFAULT_SETTINGS };
  let listener: (() => void) | null = null;
  const deps: PopupDeps = {
    loadProgress: vi.fn(async () => stored),
    markStep: vi.fn(async (step, done) => {
      stored = reduceProgress(
        stored,
        done ? { type: 'mark-done', at: 1, step } : { type: 'undo', at: 1, step },
      );
      return stored;
    }),
    reset: vi.fn(async () => (stored = emptyProgress())),
    loadSettings: async () => settings,
    loadDiagnostics: async () => [],
    loadEvents: async () => [],
    loadActivePack: async () => null,
    locale: () => 'en',
    applyLanguage: async () => {},
    reportSource: {
      load: () => Promise.reject(new Error('not in this test')),
      copy: async () => {},
    },
    updateSettings: vi.fn(async (patch) => (settings = { ...settings, ...patch })),
    copyText: vi.fn(async () => {}),
    openTab: vi.fn(async () => {}),
    subscribe: (l) => {
      listener = l;
      return () => (listener = null);
    },
    countQuarantined: async () => 0,
    exportSavedData: async () => ({ fileName: 'saved.json', text: '{}' }),
    download: vi.fn(),
  };
  return {
    deps,
    /** Another context changed the store and broadcast it. */
    changeElsewhere(next: Progress) {
      stored = next;
      listener?.();
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('popup model', () => {
  it('loads progress, then updates live when it changes elsewhere', async () => {
    const { deps, changeElsewhere } = fakeDeps();
    const model = createPopupModel(deps);
    const stop = model.start();
    await flush();
    expect(model.current.value).toBe('sync');
    changeElsewhere(reduceProgress(emptyProgress(), { type: 'mark-done', at: 2, step: 'set-pin' }));
    await flush();
    expect(model.done.value).toBe(3);
    expect(model.current.value).toBe('link-card');
    stop();
  });

  it('marks, undoes, and resets only after confirmation', async () => {
    const { deps } = fakeDeps();
    const model = createPopupModel(deps);
    await model.load();
    await model.markDone('verify-email');
    expect(model.steps.value.map((s) => s.state)).toEqual([
      'done',
      'done',
      'current',
      'pending',
      'pending',
    ]);
    await model.undo('sync');
    expect(model.done.value).toBe(0);
    await model.markDone('sync');
    model.askReset();
    expect(model.confirmingReset.value).toBe(true);
    model.cancelReset();
    expect(deps.reset).not.toHaveBeenCalled();
    model.askReset();
    await model.confirmReset();
    expect(deps.reset).toHaveBeenCalledOnce();
    expect(model.done.value).toBe(0);
  });

  it('shows an error instead of failing silently when an action fails', async () => {
    const { deps } = fakeDeps();
    deps.markStep = () => Promise.reject(new Error('worker gone'));
    const model = createPopupModel(deps);
    await model.load();
    await model.markDone('sync');
    expect(model.actionError.value).toBe(true);
    expect(model.busy.value).toBe(false);
    expect(model.done.value).toBe(0);
  });

  it('opens the page where the current step happens', async () => {
    const seenCards = reduceProgress(emptyProgress(), {
      type: 'page-seen',
      at: 1,
      site: 'alipay',
      pageId: 'ap-manage-cards',
      url: 'http://alipay.localhost:5177/cards',
      evidence: ['set-pin'],
    });
    const { deps } = fakeDeps(seenCards);
    const model = createPopupModel(deps);
    await model.load();
    await model.openStepPage('link-card');
    expect(deps.openTab).toHaveBeenCalledWith('http://alipay.localhost:5177/cards');
  });

  it('turns the on-page guide off and on', async () => {
    const { deps } = fakeDeps();
    const model = createPopupModel(deps);
    await model.load();
    expect(model.settings.value?.guideEnabled).toBe(true);
    await model.setGuideEnabled(false);
    expect(deps.updateSettings).toHaveBeenCalledWith({ guideEnabled: false });
    expect(model.settings.value?.guideEnabled).toBe(false);
  });
});

/**
 * Issue #11: the background keeps the popup's snapshot current, in
 * storage.local and in the address the toolbar button opens. Each committed
 * change is written, in order, and a write that fails leaves the next one
 * free to land.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPopupCache } from '@/entrypoints/background/popup-cache';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import { POPUP_SNAPSHOT_KEY, popupSnapshot } from '@/utils/popup-cache/popup-snapshot';
import { asPopupSnapshot } from '@/utils/popup-cache/popup-snapshot-guard';
import { POPUP_PAGE, snapshotIn } from '@/utils/popup-cache/popup-url';
import { DEFAULT_SETTINGS, type GuideSettings } from '@/utils/settings/settings';
import type { Pack } from '@/utils/packs/pack-schema';
import type { Progress } from '@/utils/flow/progress-schema';

const state = (
  step: 'sync' | 'set-pin' | null,
  settings: GuideSettings = DEFAULT_SETTINGS,
  pack: Pack | null = null,
) => ({
  progress: step
    ? reduceProgress(emptyProgress(), { type: 'mark-done', at: 5, step })
    : emptyProgress(),
  settings,
  pack,
});

/** The toolbar address's page and the snapshot in its query. */
const parts = (address: string) => {
  const [page, query] = address.split('?');
  return { page, snapshot: asPopupSnapshot(snapshotIn(`?${query}`)) };
};

const read = async () =>
  (await fakeBrowser.storage.local.get(POPUP_SNAPSHOT_KEY))[POPUP_SNAPSHOT_KEY];

describe('the popup cache the background keeps', () => {
  /** The toolbar button's popup address, as the background last set it. */
  let popup = '';
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    popup = '';
    vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(async (details) => {
      popup = details.popup ?? '';
    });
    // The catalogue the browser speaks, on "automatic": each names its own language.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) =>
      key === 'catalogueLanguage' ? 'en' : '',
    );
  });

  it('puts the same snapshot in the address the toolbar button opens', async () => {
    const cache = createPopupCache();
    void cache(state('sync'));
    await cache(state('set-pin'));
    const { snapshot } = parts(popup);
    expect(snapshot).toEqual(popupSnapshot(state('set-pin')));
    expect(snapshot).toEqual(asPopupSnapshot(await read()));
  });

  it('opens the page that paints the checklist before its script, in the language the popup speaks', async () => {
    const cache = createPopupCache();
    await cache(state(null));
    expect(parts(popup).page).toBe('popup-en-0.html');
    // "Mark as done" on step 3 implies 1 and 2: the first three steps are done.
    await cache(state('set-pin'));
    expect(parts(popup).page).toBe('popup-en-3.html');
    await cache(state('set-pin', { guideEnabled: true, language: 'es' }));
    expect(parts(popup).page).toBe('popup-es-3.html');
    // On "automatic", the catalogue the browser speaks (each names its language).
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key) =>
      key === 'catalogueLanguage' ? 'es' : '',
    );
    await cache(state('sync'));
    expect(parts(popup).page).toBe('popup-es-1.html');
  });

  it('opens popup.html where the checklist has no page of its own', async () => {
    const cache = createPopupCache();
    // A step re-opened with later ones still done: not the first n steps.
    const gap: Progress = {
      ...emptyProgress(),
      steps: { sync: { how: 'seen', at: 1 }, 'set-pin': { how: 'seen', at: 2 } },
    };
    await cache({ progress: gap, settings: DEFAULT_SETTINGS, pack: null });
    expect(parts(popup).page).toBe(POPUP_PAGE);
    expect(parts(popup).snapshot?.steps).toEqual(gap.steps);
    // A pack's own step title: the script would put it in place of the built-in one.
    const pack = {
      format: 'alipay-card-guide-pack',
      formatVersion: 1,
      id: 'acme',
      name: 'Acme support',
      version: '1.0.0',
      steps: { sync: { en: { title: 'Connect your accounts' } } },
    } as unknown as Pack;
    await cache(state('sync', DEFAULT_SETTINGS, pack));
    expect(parts(popup).page).toBe(POPUP_PAGE);
  });

  it('writes the snapshot of each state, the last one last', async () => {
    const cache = createPopupCache();
    void cache(state('sync'));
    void cache(state(null));
    await cache(state('set-pin'));
    const snapshot = asPopupSnapshot(await read());
    expect(snapshot).toEqual(popupSnapshot(state('set-pin')));
    expect(Object.keys(snapshot!.steps)).toEqual(['sync', 'verify-email', 'set-pin']);
  });

  it('takes the snapshot when called, not when its turn comes', async () => {
    const cache = createPopupCache();
    const shown = state('sync');
    const written = cache(shown);
    shown.progress.steps = {};
    await written;
    expect(asPopupSnapshot(await read())?.steps).toEqual({ sync: { how: 'manual', at: 5 } });
  });

  it('goes on after a write that failed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('quota'));
    const cache = createPopupCache();
    await cache(state('sync'));
    expect(warn).toHaveBeenCalledOnce();
    expect(await read()).toBeUndefined();
    await cache(state('set-pin'));
    expect(set).toHaveBeenCalledTimes(2);
    expect(asPopupSnapshot(await read())).toEqual(popupSnapshot(state('set-pin')));
  });
});

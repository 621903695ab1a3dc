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
import { POPUP_PAGE, snapshotInFragment } from '@/utils/popup-cache/popup-url';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

const state = (step: 'sync' | 'set-pin' | null) => ({
  progress: step
    ? reduceProgress(emptyProgress(), { type: 'mark-done', at: 5, step })
    : emptyProgress(),
  settings: DEFAULT_SETTINGS,
  pack: null,
});

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
  });

  it('puts the same snapshot in the address the toolbar button opens', async () => {
    const cache = createPopupCache();
    void cache(state('sync'));
    await cache(state('set-pin'));
    const [page, fragment] = popup.split('#');
    expect(page).toBe(POPUP_PAGE);
    expect(asPopupSnapshot(snapshotInFragment(`#${fragment}`))).toEqual(
      popupSnapshot(state('set-pin')),
    );
    expect(asPopupSnapshot(snapshotInFragment(`#${fragment}`))).toEqual(
      asPopupSnapshot(await read()),
    );
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

// @vitest-environment happy-dom
/**
 * Issue #11, "Popup at the floor": the popup draws the last known checklist
 * from the background's snapshot as soon as it has it, marked
 * `data-source="cache"` (not yet `data-ready`), then gives way to IndexedDB,
 * the source of truth, in one render. A snapshot the store contradicts never
 * outlives the store's answer, and one that comes too late is not shown.
 */
import { describe, expect, it } from 'vitest';
import spanish from '@/public/_locales/es/messages.json';
import { NewerDatabaseError } from '@/utils/db/newer-database';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import type { Pack } from '@/utils/packs/pack-schema';
import { popupSnapshot, type PopupSnapshot } from '@/utils/popup-cache/popup-snapshot';
import { DEFAULT_SETTINGS, type GuideSettings } from '@/utils/settings/settings';
import type { PopupDeps } from '@/entrypoints/popup/popup-model';
import { settle } from '../render';
import { fakePopupDeps, supportPack } from './fake-popup-deps';
import { mountPopup, renderPopup } from './mount-popup';

const marked = (step: 'verify-email' | 'set-pin'): Progress =>
  reduceProgress(emptyProgress(), { type: 'mark-done', at: 1, step });

/** What the store holds: set-pin done, and the page where link-card happens. */
const STORE: Progress = reduceProgress(marked('set-pin'), {
  type: 'page-seen',
  at: 2,
  site: 'alipay',
  pageId: 'ap-manage-cards',
  url: 'http://alipay.localhost:5177/cards',
  evidence: [],
});

const PACK = supportPack({
  'verify-email': { en: { title: 'Confirm the email' }, es: { title: 'Confirma' } },
});

const snapshot = (
  progress: Progress,
  settings: GuideSettings = DEFAULT_SETTINGS,
  pack: Pack | null = null,
): PopupSnapshot => popupSnapshot({ progress, settings, pack });

/** A promise the test settles by hand: the store answering late, or failing. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What a test reads off a rendered popup: where its checklist comes from, and the steps. */
function readable(popup: ReturnType<typeof renderPopup>) {
  const main = () => popup.$('main')!;
  const items = () => Array.from(popup.app.querySelectorAll<HTMLElement>('li[data-step]'));
  return {
    ...popup,
    main,
    source: () => main().dataset.source,
    ready: () => main().dataset.ready,
    states: () => items().map((li) => li.dataset.state),
    hows: () => items().map((li) => li.dataset.how ?? null),
  };
}

async function openPopup(fake: ReturnType<typeof fakePopupDeps>) {
  return { ...fake, ...readable(await mountPopup(fake.deps)) };
}

describe('popup: the last known checklist first, then the store', () => {
  it('draws the snapshot at once, then the store’s checklist in its place', async () => {
    const fake = fakePopupDeps({ progress: STORE, cache: snapshot(marked('verify-email')) });
    const store = later<Progress>();
    fake.deps.loadProgress.mockReturnValueOnce(store.promise);
    const popup = await openPopup(fake);

    expect(popup.source()).toBe('cache');
    expect(popup.ready()).toBe('false');
    expect(popup.states()).toEqual(['done', 'done', 'current', 'pending', 'pending']);
    expect(popup.hows()).toEqual(['implied', 'manual', null, null, null]);
    expect(popup.$('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('2');
    expect(popup.$('[data-next]')?.dataset.next).toBe('set-pin');
    expect(popup.$('[data-action="toggle-guide"]')).not.toBeNull();
    const item = popup.$('li[data-step="set-pin"]');

    store.resolve(STORE);
    await settle();
    expect(popup.source()).toBe('store');
    expect(popup.ready()).toBe('true');
    expect(popup.states()).toEqual(['done', 'done', 'done', 'current', 'pending']);
    expect(popup.hows()).toEqual(['implied', 'implied', 'manual', null, null]);
    expect(popup.$('[data-next]')?.dataset.next).toBe('link-card');
    // The same elements, drawn again: no flash of an empty popup in between.
    expect(popup.$('li[data-step="set-pin"]')).toBe(item);
  });

  it('gives way to the store all at once, settings and pack included', async () => {
    const fake = fakePopupDeps({
      progress: STORE,
      settings: { guideEnabled: true },
      cache: snapshot(STORE, { guideEnabled: false, language: 'auto' }, PACK),
    });
    const store = later<Progress>();
    const settings = later<GuideSettings>();
    fake.deps.loadProgress.mockReturnValueOnce(store.promise);
    fake.deps.loadSettings.mockReturnValueOnce(settings.promise);
    const popup = await openPopup(fake);
    const toggle = () => popup.$('[data-action="toggle-guide"]') as HTMLInputElement;
    const title = () => popup.$('li[data-step="verify-email"] .step-title')?.textContent;

    // From the snapshot: its pack's title and its setting, while the store is still reading
    // (its progress is in, its settings are not).
    store.resolve(STORE);
    await settle();
    expect(popup.source()).toBe('cache');
    expect(title()).toBe('Confirm the email');
    expect(popup.$('li[data-step="verify-email"] [data-pack-source]')?.textContent).toBe(
      'From: Store support pack',
    );
    expect(toggle().checked).toBe(false);

    settings.resolve({ ...DEFAULT_SETTINGS, guideEnabled: true });
    await settle();
    expect(popup.source()).toBe('store');
    expect(title()).toBe('Verify your email');
    expect(popup.$('[data-pack-source]')).toBeNull();
    expect(toggle().checked).toBe(true);
  });

  it('speaks the snapshot’s language from its first checklist', async () => {
    const fake = fakePopupDeps({
      progress: STORE,
      settings: { language: 'es' },
      cache: snapshot(STORE, { guideEnabled: true, language: 'es' }),
    });
    fake.deps.loadProgress.mockReturnValueOnce(later<Progress>().promise);
    const popup = await openPopup(fake);
    expect(popup.source()).toBe('cache');
    expect(fake.deps.applyLanguage).toHaveBeenCalledWith({ guideEnabled: true, language: 'es' });
    expect(popup.$('h1')?.textContent).toBe(spanish.popupTitle.message);
    expect(popup.$('.progress-text')?.textContent).toBe('3 de 5 pasos hechos');
  });

  it('shows nothing from a snapshot that comes after the store answered', async () => {
    const cache = later<PopupSnapshot | null>();
    const fake = fakePopupDeps({ progress: STORE });
    fake.deps.loadCache.mockReturnValueOnce(cache.promise);
    const popup = await openPopup(fake);
    expect(popup.source()).toBe('store');
    cache.resolve(snapshot(emptyProgress()));
    await settle();
    expect(popup.source()).toBe('store');
    expect(popup.states()).toEqual(['done', 'done', 'done', 'current', 'pending']);
  });

  it('without a snapshot (none, or unreadable) opens as it always did', async () => {
    for (const cache of [null, 'fails'] as const) {
      const fake = fakePopupDeps({ progress: STORE });
      if (cache === 'fails') fake.deps.loadCache.mockRejectedValueOnce(new Error('no storage'));
      const store = later<Progress>();
      fake.deps.loadProgress.mockReturnValueOnce(store.promise);
      const popup = await openPopup(fake);
      expect(popup.source()).toBeUndefined();
      expect(popup.ready()).toBe('false');
      expect(popup.$('.loading[role="status"]')).not.toBeNull();
      store.resolve(STORE);
      await settle();
      expect(popup.source()).toBe('store');
      expect(popup.states()).toEqual(['done', 'done', 'done', 'current', 'pending']);
      popup.stop();
    }
  });

  it('takes the snapshot away when the store cannot be read', async () => {
    const fake = fakePopupDeps({ cache: snapshot(STORE) });
    const store = later<Progress>();
    fake.deps.loadProgress.mockReturnValueOnce(store.promise);
    const popup = await openPopup(fake);
    expect(popup.source()).toBe('cache');
    store.reject(new Error('blocked'));
    await settle();
    expect(popup.source()).toBeUndefined();
    expect(popup.states()).toEqual([]);
    expect(popup.$('[role="alert"]')?.textContent).toMatch(/Could not load your progress/);
  });

  it('takes the snapshot away when a newer version wrote the store', async () => {
    const fake = fakePopupDeps({ cache: snapshot(STORE) });
    const store = later<Progress>();
    fake.deps.loadProgress.mockReturnValueOnce(store.promise);
    const popup = await openPopup(fake);
    expect(popup.source()).toBe('cache');
    store.reject(new NewerDatabaseError({ cause: new Error('VersionError') }));
    await settle();
    expect(popup.$('[data-storage="newer-version"]')).not.toBeNull();
    expect(popup.ready()).toBe('false');
    expect(popup.states()).toEqual([]);
  });

  it('opens a step’s page from the store, which knows where it was seen', async () => {
    const fake = fakePopupDeps({ progress: STORE, cache: snapshot(STORE) });
    const store = later<Progress>();
    fake.deps.loadProgress.mockReturnValueOnce(store.promise);
    const popup = await openPopup(fake);
    expect(popup.source()).toBe('cache');
    const opened = popup.model.openStepPage('link-card');
    await settle();
    expect(fake.deps.openTab).not.toHaveBeenCalled();
    store.resolve(STORE);
    await opened;
    expect(fake.deps.openTab).toHaveBeenCalledWith('http://alipay.localhost:5177/cards');
  });

  it('follows changes made elsewhere once the store has answered, as before', async () => {
    const fake = fakePopupDeps({ progress: STORE, cache: snapshot(STORE) });
    const popup = await openPopup(fake);
    expect(popup.source()).toBe('store');
    popup.changeElsewhere(emptyProgress());
    await settle();
    expect(popup.source()).toBe('store');
    expect(popup.states()).toEqual(['current', 'pending', 'pending', 'pending', 'pending']);
    popup.stop();
  });
});

describe('popup: the snapshot in the address the toolbar button opens', () => {
  /** main.tsx's order: the model starts, then the first render; nothing awaited in between. */
  const firstRender = (deps: PopupDeps) => readable(renderPopup(deps));

  it('is on screen in the very first render, and storage is not read for it', async () => {
    const fake = fakePopupDeps({ progress: STORE, cache: snapshot(emptyProgress()) });
    const store = later<Progress>();
    fake.deps.loadProgress.mockReturnValueOnce(store.promise);
    const popup = firstRender({
      ...fake.deps,
      cacheInAddress: () => snapshot(marked('verify-email')),
    });
    expect(popup.main().dataset.source).toBe('cache');
    expect(popup.states()).toEqual(['done', 'done', 'current', 'pending', 'pending']);
    expect(popup.app.querySelector('.loading')).toBeNull();
    expect(fake.deps.loadCache).not.toHaveBeenCalled();

    store.resolve(STORE);
    await settle();
    expect(popup.main().dataset.source).toBe('store');
    expect(popup.states()).toEqual(['done', 'done', 'done', 'current', 'pending']);
  });

  it('in a chosen language, shows it only once its catalogue is applied: never English first', async () => {
    const fake = fakePopupDeps({ progress: STORE });
    fake.deps.loadProgress.mockReturnValueOnce(later<Progress>().promise);
    const popup = firstRender({
      ...fake.deps,
      cacheInAddress: () => snapshot(STORE, { guideEnabled: true, language: 'es' }),
    });
    expect(popup.main().dataset.source).toBeUndefined();
    await settle();
    expect(popup.main().dataset.source).toBe('cache');
    expect(popup.app.querySelector('h1')?.textContent).toBe(spanish.popupTitle.message);
  });
});

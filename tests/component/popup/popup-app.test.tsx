// @vitest-environment happy-dom
/**
 * The popup as main.tsx composes it (PopupApp under its model's provider),
 * with the model built on fake deps: what a shopper sees and what each
 * button does to the list.
 */
import { describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/popup/popup-app';
import { PopupModelContext } from '@/components/popup/use-popup-model';
import { createPopupModel } from '@/entrypoints/popup/popup-model';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import { click, mount, press, settle } from '../render';
import { fakePopupDeps } from './fake-popup-deps';
import { mountPopup } from './mount-popup';

/** Email verified on the page: sync is implied, set-pin is next. */
const EMAIL_SEEN: Progress = reduceProgress(emptyProgress(), {
  type: 'page-seen',
  at: 1,
  site: 'alipay',
  pageId: 'ap-security',
  url: 'http://alipay.localhost:5177/security',
  evidence: ['verify-email'],
});

async function openPopup(fake = fakePopupDeps()) {
  const { model, stop, app, $ } = await mountPopup(fake.deps);
  const items = () => Array.from(app.querySelectorAll<HTMLElement>('li[data-step]'));
  return {
    ...fake,
    model,
    app,
    stop,
    $,
    items,
    states: () => items().map((li) => li.dataset.state),
    hows: () => items().map((li) => li.dataset.how ?? null),
    progressNow: () => $('[role="progressbar"]')?.getAttribute('aria-valuenow'),
    step: (id: string) => $(`li[data-step="${id}"]`),
  };
}

describe('popup: the checklist', () => {
  it('says it is loading until progress is read, then shows the five steps', async () => {
    const fake = fakePopupDeps({ progress: EMAIL_SEEN });
    const model = createPopupModel(fake.deps);
    const app = mount(
      <PopupModelContext.Provider value={model}>
        <PopupApp />
      </PopupModelContext.Provider>,
    );
    expect(app.querySelector('main')?.dataset.ready).toBe('false');
    expect(app.querySelector('[role="status"].loading')).not.toBeNull();
    expect(app.querySelectorAll('li[data-step]')).toHaveLength(0);
    model.start();
    await settle();
    expect(app.querySelector('main')?.dataset.ready).toBe('true');
    expect(app.querySelectorAll('li[data-step]')).toHaveLength(5);
  });

  it('shows each step done, current or pending, how it was done, and the count', async () => {
    const popup = await openPopup(fakePopupDeps({ progress: EMAIL_SEEN }));
    expect(popup.items().map((li) => li.dataset.step)).toEqual([
      'sync',
      'verify-email',
      'set-pin',
      'link-card',
      'confirm-card',
    ]);
    expect(popup.states()).toEqual(['done', 'done', 'current', 'pending', 'pending']);
    expect(popup.hows()).toEqual(['implied', 'seen', null, null, null]);
    expect(popup.step('set-pin')?.getAttribute('aria-current')).toBe('step');
    expect(popup.progressNow()).toBe('2');
    expect(popup.$('[role="progressbar"]')?.getAttribute('aria-valuemax')).toBe('5');
    expect(popup.$('.progress-text')?.textContent).toBe('2 of 5 steps done');
    expect(popup.$('[data-next]')?.dataset.next).toBe('set-pin');
    // Done steps offer "Undo", the others "Mark as done".
    expect(popup.items().map((li) => li.querySelector('button')?.dataset.action)).toEqual([
      'undo',
      'undo',
      'mark-done',
      'mark-done',
      'mark-done',
    ]);
  });

  it('marks a step done by hand, then undoes it, through the model', async () => {
    const popup = await openPopup(fakePopupDeps({ progress: EMAIL_SEEN }));
    await click(popup.step('set-pin')!.querySelector('[data-action="mark-done"]'));
    expect(popup.deps.markStep).toHaveBeenLastCalledWith('set-pin', true);
    expect(popup.states()).toEqual(['done', 'done', 'done', 'current', 'pending']);
    expect(popup.hows()[2]).toBe('manual');
    expect(popup.step('set-pin')?.textContent).toContain('marked by hand');
    expect(popup.progressNow()).toBe('3');
    expect(popup.$('[data-next]')?.dataset.next).toBe('link-card');

    // Undoing an early step undoes everything after it.
    await click(popup.step('verify-email')!.querySelector('[data-action="undo"]'));
    expect(popup.deps.markStep).toHaveBeenLastCalledWith('verify-email', false);
    expect(popup.states()).toEqual(['done', 'current', 'pending', 'pending', 'pending']);
    expect(popup.progressNow()).toBe('1');
  });

  it('says so when an action fails, and keeps the list as it was', async () => {
    const popup = await openPopup();
    popup.deps.markStep.mockRejectedValueOnce(new Error('worker gone'));
    expect(popup.$('[role="alert"]')).toBeNull();
    await click(popup.step('sync')!.querySelector('[data-action="mark-done"]'));
    expect(popup.$('[role="alert"]')?.textContent).toBe('That did not work. Please try again.');
    expect(popup.states()[0]).toBe('current');
    expect(popup.step('sync')!.querySelector('button')?.disabled).toBe(false);
  });

  it('shows an error instead of an empty popup when progress cannot be read', async () => {
    const fake = fakePopupDeps();
    fake.deps.loadProgress.mockRejectedValueOnce(new Error('blocked'));
    const popup = await openPopup(fake);
    expect(popup.$('[role="alert"]')?.textContent).toMatch(/Could not load your progress/);
    expect(popup.items()).toHaveLength(0);
  });

  it('follows progress made elsewhere (the guide on a page) while open', async () => {
    const popup = await openPopup();
    expect(popup.states()[0]).toBe('current');
    popup.changeElsewhere(EMAIL_SEEN);
    await settle();
    expect(popup.states()).toEqual(['done', 'done', 'current', 'pending', 'pending']);
    popup.stop();
  });
});

describe('popup: starting over', () => {
  it('asks first, with the focus on Cancel; Escape keeps the progress', async () => {
    const popup = await openPopup(fakePopupDeps({ progress: EMAIL_SEEN }));
    await click(popup.$('[data-action="reset"]'));
    const dialog = popup.$('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('Clear all progress?');
    expect(popup.$('[data-action="reset"]')).toBeNull();
    // The layout effect moved the focus as the question appeared.
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(dialog?.contains(document.activeElement)).toBe(true);

    await press(document.activeElement, 'Escape');
    expect(popup.$('[role="alertdialog"]')).toBeNull();
    expect(popup.$('[data-action="reset"]')).not.toBeNull();
    // Focus goes back to the button that asked, not to the page body.
    expect(document.activeElement?.getAttribute('data-action')).toBe('reset');
    expect(popup.deps.reset).not.toHaveBeenCalled();
    expect(popup.progressNow()).toBe('2');
  });

  it('Cancel keeps the progress too', async () => {
    const popup = await openPopup(fakePopupDeps({ progress: EMAIL_SEEN }));
    await click(popup.$('[data-action="reset"]'));
    await click(document.activeElement);
    expect(popup.$('[role="alertdialog"]')).toBeNull();
    expect(popup.deps.reset).not.toHaveBeenCalled();
  });

  it('clears every step once confirmed', async () => {
    const popup = await openPopup(fakePopupDeps({ progress: EMAIL_SEEN }));
    await click(popup.$('[data-action="reset"]'));
    await click(popup.$('[data-action="confirm-reset"]'));
    expect(popup.deps.reset).toHaveBeenCalledOnce();
    expect(popup.$('[role="alertdialog"]')).toBeNull();
    expect(popup.states()).toEqual(['current', 'pending', 'pending', 'pending', 'pending']);
    expect(popup.progressNow()).toBe('0');
  });
});

describe('popup: the guide toggle', () => {
  it('shows the setting and turns the on-page guide off and on again', async () => {
    const popup = await openPopup();
    const toggle = () => popup.$('[data-action="toggle-guide"]') as HTMLInputElement;
    expect(toggle().checked).toBe(true);
    await click(toggle());
    expect(popup.deps.updateSettings).toHaveBeenLastCalledWith({ guideEnabled: false });
    expect(toggle().checked).toBe(false);
    await click(toggle());
    expect(popup.deps.updateSettings).toHaveBeenLastCalledWith({ guideEnabled: true });
    expect(toggle().checked).toBe(true);
  });
});

describe('popup: language', () => {
  it('speaks English by default', async () => {
    const popup = await openPopup(fakePopupDeps({ progress: EMAIL_SEEN }));
    expect(popup.$('main')?.dataset.lang).toBe('auto');
    expect(popup.$('h1')?.textContent).toBe('Link your card through AliPay');
    expect(popup.$('.progress-text')?.textContent).toBe('2 of 5 steps done');
    expect(popup.step('set-pin')?.querySelector('button')?.textContent).toBe('Mark as done');
  });

  it('speaks Spanish when the settings choose it', async () => {
    const popup = await openPopup(
      fakePopupDeps({ progress: EMAIL_SEEN, settings: { language: 'es' } }),
    );
    expect(popup.deps.applyLanguage).toHaveBeenCalledWith({ guideEnabled: true, language: 'es' });
    expect(popup.$('main')?.dataset.lang).toBe('es');
    expect(popup.$('h1')?.textContent).toBe('Vincula tu tarjeta con AliPay');
    expect(popup.$('.progress-text')?.textContent).toBe('2 de 5 pasos hechos');
    expect(popup.step('set-pin')?.querySelector('button')?.textContent).toBe('Marcar como hecho');
    expect(popup.step('verify-email')?.textContent).toContain('visto en la página');
    // The stable contract does not change with the language.
    expect(popup.states()).toEqual(['done', 'done', 'current', 'pending', 'pending']);
  });
});

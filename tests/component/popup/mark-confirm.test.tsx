// @vitest-environment happy-dom
/**
 * Issue #11: "Mark as done" on a step with earlier steps not done asks first,
 * naming the steps it would count as done too; Cancel and Escape change
 * nothing and give the focus back to the button that asked. A step with no
 * earlier step pending is still marked in one click.
 */
import { describe, expect, it } from 'vitest';
import spanish from '@/public/_locales/es/messages.json';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import type { PopupDeps } from '@/entrypoints/popup/popup-model';
import { click, press, settle } from '../render';
import { fakePopupDeps, supportPack } from './fake-popup-deps';
import { mountPopup } from './mount-popup';

async function openPopup(fake = fakePopupDeps(), overrides: Partial<PopupDeps> = {}) {
  const popup = await mountPopup({ ...fake.deps, ...overrides });
  const step = (id: string) => popup.$(`li[data-step="${id}"]`)!;
  const items = () => Array.from(popup.app.querySelectorAll<HTMLElement>('li[data-step]'));
  return {
    ...fake,
    ...popup,
    step,
    markButton: (id: string) => step(id).querySelector<HTMLElement>('[data-action="mark-done"]'),
    dialog: () => popup.$('[role="alertdialog"]'),
    states: () => items().map((li) => li.dataset.state),
    hows: () => items().map((li) => li.dataset.how ?? null),
  };
}

describe('popup: marking a step that implies earlier ones', () => {
  it('asks first on a fresh start, naming steps 1 and 2, with the focus on Cancel', async () => {
    const popup = await openPopup();
    await click(popup.markButton('set-pin'));
    const dialog = popup.dialog();
    expect(dialog?.closest('li')?.dataset.step).toBe('set-pin');
    expect(dialog?.getAttribute('aria-labelledby')).toBe('mark-set-pin-question');
    expect(dialog?.querySelector('#mark-set-pin-question')?.textContent).toBe(
      'This also counts steps 1 and 2 as done: Connect AliExpress to AliPay, Verify your email.',
    );
    expect(dialog?.querySelector('[data-action="confirm-mark"]')?.textContent).toBe(
      'Mark all as done',
    );
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(dialog?.contains(document.activeElement)).toBe(true);
    expect(popup.deps.markStep).not.toHaveBeenCalled();
    expect(popup.states()).toEqual(['current', 'pending', 'pending', 'pending', 'pending']);
  });

  it('Cancel changes nothing and gives the focus back to "Mark as done"', async () => {
    const popup = await openPopup();
    await click(popup.markButton('set-pin'));
    await click(document.activeElement);
    expect(popup.dialog()).toBeNull();
    expect(document.activeElement).toBe(popup.markButton('set-pin'));
    expect(popup.deps.markStep).not.toHaveBeenCalled();
    expect(popup.states()).toEqual(['current', 'pending', 'pending', 'pending', 'pending']);
  });

  it('Escape does the same', async () => {
    const popup = await openPopup();
    await click(popup.markButton('link-card'));
    expect(popup.dialog()?.textContent).toContain('This also counts steps 1, 2, and 3 as done');
    await press(document.activeElement, 'Escape');
    expect(popup.dialog()).toBeNull();
    expect(document.activeElement).toBe(popup.markButton('link-card'));
    expect(popup.deps.markStep).not.toHaveBeenCalled();
  });

  it('"Mark all as done" marks the step by hand and the earlier ones as implied', async () => {
    const popup = await openPopup();
    await click(popup.markButton('set-pin'));
    await click(popup.$('[data-action="confirm-mark"]'));
    expect(popup.deps.markStep).toHaveBeenCalledExactlyOnceWith('set-pin', true);
    expect(popup.dialog()).toBeNull();
    expect(popup.states()).toEqual(['done', 'done', 'done', 'current', 'pending']);
    expect(popup.hows()).toEqual(['implied', 'implied', 'manual', null, null]);
    // The keyboard user stays on the step: its button now says "Undo".
    expect(document.activeElement?.getAttribute('data-action')).toBe('undo');
    expect(popup.step('set-pin').contains(document.activeElement)).toBe(true);
  });

  it('keeps the question until the reply, even if the live update shows the step done first', async () => {
    const popup = await openPopup();
    let reply!: (progress: Progress) => void;
    popup.deps.markStep.mockImplementationOnce(
      () => new Promise<Progress>((resolve) => (reply = resolve)),
    );
    await click(popup.markButton('set-pin'));
    await click(popup.$('[data-action="confirm-mark"]'));
    // A second press while it is marking does nothing.
    await click(popup.$('[data-action="confirm-mark"]'));
    expect(popup.deps.markStep).toHaveBeenCalledOnce();
    const done = reduceProgress(emptyProgress(), { type: 'mark-done', at: 2, step: 'set-pin' });
    popup.changeElsewhere(done);
    await settle();
    expect(popup.states()).toEqual(['done', 'done', 'done', 'current', 'pending']);
    expect(popup.dialog()?.querySelector('p')?.textContent).toContain('steps 1 and 2');
    expect(popup.dialog()?.contains(document.activeElement)).toBe(true);
    reply(done);
    await settle();
    expect(popup.dialog()).toBeNull();
    expect(document.activeElement?.getAttribute('data-action')).toBe('undo');
    expect(popup.step('set-pin').contains(document.activeElement)).toBe(true);
  });

  it('names one step in the singular', async () => {
    const popup = await openPopup();
    await click(popup.markButton('verify-email'));
    expect(popup.dialog()?.querySelector('p')?.textContent).toBe(
      'This also counts step 1 as done: Connect AliExpress to AliPay.',
    );
  });

  it('names only the earlier steps not done yet', async () => {
    const synced = reduceProgress(emptyProgress(), { type: 'mark-done', at: 1, step: 'sync' });
    const popup = await openPopup(fakePopupDeps({ progress: synced }));
    await click(popup.markButton('set-pin'));
    expect(popup.dialog()?.querySelector('p')?.textContent).toBe(
      'This also counts step 2 as done: Verify your email.',
    );
  });

  it('stays one click where no earlier step is pending', async () => {
    const emailDone: Progress = reduceProgress(emptyProgress(), {
      type: 'mark-done',
      at: 1,
      step: 'verify-email',
    });
    for (const [progress, step] of [
      [emptyProgress(), 'sync'],
      [emailDone, 'set-pin'],
    ] as const) {
      const popup = await openPopup(fakePopupDeps({ progress }));
      await click(popup.markButton(step));
      expect(popup.dialog()).toBeNull();
      expect(popup.deps.markStep).toHaveBeenCalledExactlyOnceWith(step, true);
      expect(popup.step(step).dataset.state).toBe('done');
      expect(popup.step(step).dataset.how).toBe('manual');
    }
  });

  it('uses the titles the checklist shows: a pack’s where it has one', async () => {
    const pack = supportPack({ sync: { en: { title: 'Connect the two accounts' } } });
    const popup = await openPopup(fakePopupDeps(), { loadActivePack: async () => pack });
    await click(popup.markButton('set-pin'));
    expect(popup.dialog()?.querySelector('p')?.textContent).toBe(
      'This also counts steps 1 and 2 as done: Connect the two accounts, Verify your email.',
    );
  });

  it('asks in Spanish', async () => {
    const popup = await openPopup(fakePopupDeps({ settings: { language: 'es' } }));
    await click(popup.markButton('set-pin'));
    expect(popup.dialog()?.querySelector('p')?.textContent).toBe(
      `Esto también cuenta los pasos 1 y 2 como hechos: ${spanish.step_sync_title.message}, ${spanish.step_verify_email_title.message}.`,
    );
    expect(popup.$('[data-action="confirm-mark"]')?.textContent).toBe('Marcar todos como hechos');
    expect(document.activeElement?.textContent).toBe('Cancelar');
  });

  it('says so when marking fails, and gives the focus back to "Mark as done"', async () => {
    const popup = await openPopup();
    popup.deps.markStep.mockRejectedValueOnce(new Error('worker gone'));
    await click(popup.markButton('set-pin'));
    await click(popup.$('[data-action="confirm-mark"]'));
    expect(popup.dialog()).toBeNull();
    expect(popup.$('[role="alert"]')?.textContent).toBe('That did not work. Please try again.');
    expect(popup.states()[2]).toBe('pending');
    expect(document.activeElement).toBe(popup.markButton('set-pin'));
  });
});

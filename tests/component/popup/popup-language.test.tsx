// @vitest-environment happy-dom
/**
 * Issue #11: with the popup open, choosing Spanish turns every text into
 * Spanish at once, step titles and "What to do now" included, without the
 * popup being opened again: the same elements, rendered again.
 */
import { describe, expect, it } from 'vitest';
import spanish from '@/public/_locales/es/messages.json';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import { chooseLanguage } from '@/utils/i18n/t';
import { settle } from '../render';
import { fakePopupDeps } from './fake-popup-deps';
import { mountPopup } from './mount-popup';

/** Sync done by hand: verify-email is next. */
const SYNCED = reduceProgress(emptyProgress(), { type: 'mark-done', at: 1, step: 'sync' });

async function openPopup() {
  const fake = fakePopupDeps({ progress: SYNCED });
  const popup = await mountPopup(fake.deps);
  const titles = () =>
    Array.from(popup.app.querySelectorAll('li[data-step] .step-title'), (el) => el.textContent);
  return { ...fake, ...popup, titles };
}

describe('popup: a change of language while it is open', () => {
  it('comes from the settings and turns titles and "What to do now" Spanish in place', async () => {
    const popup = await openPopup();
    const main = popup.$('main');
    const item = popup.$('li[data-step="set-pin"]');
    expect(main?.dataset.lang).toBe('auto');
    expect(popup.titles()).toContain('Verify your email');
    expect(popup.$('#next-heading')?.textContent).toBe('What to do now: Verify your email');

    // The options page stores the choice; the background tells every open page.
    await popup.deps.updateSettings({ language: 'es' });
    popup.changeElsewhere(SYNCED);
    await settle();

    expect(popup.deps.applyLanguage).toHaveBeenLastCalledWith({
      guideEnabled: true,
      language: 'es',
    });
    expect(popup.$('main')).toBe(main);
    expect(popup.$('li[data-step="set-pin"]')).toBe(item);
    expect(main?.dataset.lang).toBe('es');
    expect(popup.titles()).toEqual([
      spanish.step_sync_title.message,
      spanish.step_verify_email_title.message,
      spanish.step_set_pin_title.message,
      spanish.step_link_card_title.message,
      spanish.step_confirm_card_title.message,
    ]);
    expect(popup.$('#next-heading')?.textContent).toBe(
      `Qué hacer ahora: ${spanish.step_verify_email_title.message}`,
    );
    expect(popup.$('[data-next] p')?.textContent).toBe(spanish.step_verify_email_todo.message);
    expect(item?.querySelector('.step-state')?.textContent).toBe('pendiente');
    expect(popup.$('.progress-text')?.textContent).toBe('1 de 5 pasos hechos');
  });

  it('follows the one language switch, whoever turns it', async () => {
    const popup = await openPopup();
    chooseLanguage('es', spanish);
    await settle();
    expect(popup.$('main')?.dataset.lang).toBe('es');
    expect(popup.titles()[1]).toBe(spanish.step_verify_email_title.message);
    expect(popup.$('#next-heading')?.textContent).toContain('Qué hacer ahora');
    chooseLanguage('auto', null);
    await settle();
    expect(popup.$('main')?.dataset.lang).toBe('auto');
    expect(popup.titles()[1]).toBe('Verify your email');
    expect(popup.$('h1')?.textContent).toBe('Link your card through AliPay');
  });
});

// @vitest-environment happy-dom
/**
 * Issue #12 in the popup: a short notice while saved records are set aside,
 * and its own message (with an export) for progress written by a newer version.
 */
import { afterEach, describe, expect, it } from 'vitest';
import spanish from '@/public/_locales/es/messages.json';
import { NewerDatabaseError } from '@/utils/db/newer-database';
import { chooseLanguage } from '@/utils/i18n/t';
import { click } from '../render';
import { fakePopupDeps } from './fake-popup-deps';
import { mountPopup } from './mount-popup';

afterEach(() => chooseLanguage('auto', null));

async function openPopup(fake = fakePopupDeps()) {
  const { app, $ } = await mountPopup(fake.deps);
  return { ...fake, app, $ };
}

function newerDatabase() {
  const fake = fakePopupDeps();
  fake.deps.loadProgress.mockRejectedValue(new NewerDatabaseError());
  return fake;
}

describe('popup: saved progress that could not be read', () => {
  it('shows no notice while nothing is set aside', async () => {
    const popup = await openPopup();
    expect(popup.$('[data-storage]')).toBeNull();
  });

  it('shows a short notice beside the checklist while records are quarantined', async () => {
    const popup = await openPopup(fakePopupDeps({ quarantined: 2 }));
    const notice = popup.$('[data-storage="unreadable"]');
    expect(notice?.dataset.quarantined).toBe('2');
    expect(notice?.querySelector('[role="status"]')?.textContent).toBe(
      'Some saved progress could not be read.',
    );
    expect(popup.$('main')?.dataset.ready).toBe('true');
    expect(popup.app.querySelectorAll('li[data-step]')).toHaveLength(5);
    await click(notice!.querySelector('[data-action="export-saved-data"]'));
    expect(popup.deps.download).toHaveBeenCalledWith('saved-data.json', '{"stores":{}}\n');
  });

  it('says it in Spanish too', async () => {
    const popup = await openPopup(fakePopupDeps({ quarantined: 1, settings: { language: 'es' } }));
    expect(popup.$('[data-storage="unreadable"]')?.textContent).toContain(
      'Parte del progreso guardado no se pudo leer.',
    );
  });
});

describe('popup: progress written by a newer version of the extension', () => {
  it('says so, instead of advising to reopen the window, and offers an export', async () => {
    const popup = await openPopup(newerDatabase());
    const notice = popup.$('[data-storage="newer-version"]');
    expect(notice?.querySelector('[role="alert"]')?.textContent).toBe(
      'This saved progress was written by a newer version of the extension. Update the extension, or export what is there.',
    );
    expect(popup.app.textContent).not.toMatch(/reopen/i);
    expect(popup.$('main')?.dataset.ready).toBe('false');
    expect(popup.app.querySelectorAll('li[data-step]')).toHaveLength(0);

    await click(popup.$('[data-action="export-saved-data"]'));
    expect(popup.deps.exportSavedData).toHaveBeenCalledOnce();
    expect(popup.deps.download).toHaveBeenCalledWith('saved-data.json', '{"stores":{}}\n');
    expect(popup.$('[data-exported]')?.dataset.exported).toBe('done');
    expect(popup.$('[data-exported]')?.textContent).toBe('Saved as a file.');
  });

  it('says when the export failed', async () => {
    const fake = newerDatabase();
    fake.deps.exportSavedData.mockRejectedValueOnce(new Error('gone'));
    const popup = await openPopup(fake);
    await click(popup.$('[data-action="export-saved-data"]'));
    expect(popup.deps.download).not.toHaveBeenCalled();
    expect(popup.$('[data-storage="newer-version"] .error:last-child')?.textContent).toBe(
      'Could not export the saved data.',
    );
  });

  it('in Spanish', async () => {
    chooseLanguage('es', spanish);
    const popup = await openPopup(newerDatabase());
    expect(popup.$('[data-storage="newer-version"] [role="alert"]')?.textContent).toBe(
      'Este progreso guardado lo escribió una versión más reciente de la extensión. Actualiza la extensión o exporta lo que hay.',
    );
    expect(popup.$('[data-action="export-saved-data"]')?.textContent).toBe(
      'Exportar los datos guardados',
    );
  });

  it('other failures keep the old message', async () => {
    const fake = fakePopupDeps();
    fake.deps.loadProgress.mockRejectedValueOnce(new Error('blocked'));
    const popup = await openPopup(fake);
    expect(popup.$('[data-storage]')).toBeNull();
    expect(popup.$('[role="alert"]')?.textContent).toMatch(/Could not load your progress/);
  });
});

// @vitest-environment happy-dom
/**
 * The options page as main.tsx composes it (OptionsApp under its model's
 * provider), with the model built on the in-memory pack store the model's unit
 * tests use: what support and shoppers see and what each button does.
 */
import { describe, expect, it } from 'vitest';
import spanish from '@/public/_locales/es/messages.json';
import relabelLinkCard from '@/public/packs/relabel-link-card.json';
import { chooseLanguage } from '@/utils/i18n/t';
import type { GuideSettings } from '@/utils/settings/settings';
import { fakeOptionsDeps, pack, SAMPLE_REPORT } from '../../unit/options/fake-options-deps';
import { click, press, settle } from '../render';
import { mountOptions } from './mount-options';

/** The shipped sample pack, as support would paste it. */
const RELABEL = JSON.stringify(relabelLinkCard, null, 2);

async function openOptions(fake = fakeOptionsDeps()) {
  const { model, page, $ } = await mountOptions(fake.deps);
  // From here on, `calls` holds what the test's own actions did.
  fake.calls.length = 0;
  return {
    ...fake,
    model,
    page,
    $,
    row: (id: string) => $(`li[data-pack-id="${id}"]`),
    status: () => $('p[role="status"].status-line')?.textContent,
  };
}

/** Types into a text area as a person does: the value changes, then `input` fires. */
async function typeInto(el: HTMLElement | null, text: string) {
  if (!(el instanceof HTMLTextAreaElement)) throw new Error('No text area');
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

describe('options: importing a pasted pack', () => {
  it('names the JSON path of every problem in a bad pack, and stores nothing', async () => {
    const page = await openOptions(fakeOptionsDeps([{ pack: pack('old'), active: true }]));
    const check = () => page.$('[data-action="check-pack"]') as HTMLButtonElement;
    expect(check().disabled).toBe(true);
    await typeInto(
      page.$('#pack-paste'),
      JSON.stringify({ ...pack('bad'), labels: { linkCard: { en: 5 } } }),
    );
    expect(check().disabled).toBe(false);
    await click(check());

    const errors = page.$('[data-pack-errors]');
    expect(errors?.getAttribute('role')).toBe('alert');
    expect(errors?.textContent).toContain('This pack was not accepted.');
    const problem = errors?.querySelector('li[data-path="$.labels.linkCard.en"]');
    expect(problem?.querySelector('code')?.textContent).toBe('$.labels.linkCard.en');
    expect(problem?.textContent).toMatch(/^\$\.labels\.linkCard\.en — \S/);
    expect(page.$('[data-pack-preview]')).toBeNull();
    expect(page.deps.savePack).not.toHaveBeenCalled();
    expect(page.row('old')?.dataset.active).toBe('true');
  });

  it('says where text that is not JSON at all went wrong', async () => {
    const page = await openOptions();
    await typeInto(page.$('#pack-paste'), 'not json');
    await click(page.$('[data-action="check-pack"]'));
    expect(page.$('[data-pack-errors] li[data-path="$"]')).not.toBeNull();
  });

  it('previews a good pack, focused, then activates it on every tab', async () => {
    const page = await openOptions(fakeOptionsDeps([{ pack: pack('old'), active: true }]));
    await typeInto(page.$('#pack-paste'), RELABEL);
    await click(page.$('[data-action="check-pack"]'));

    const preview = page.$('[data-pack-preview="relabel-link-card"]');
    expect(page.$('[data-pack-errors]')).toBeNull();
    expect(preview?.dataset.changes).toBe('2');
    expect(
      Array.from(preview!.querySelectorAll<HTMLElement>('tr[data-change]'), (tr) => [
        tr.dataset.key,
        tr.dataset.locale,
      ]),
    ).toEqual([
      ['linkCard', 'en'],
      ['linkCard', 'es'],
    ]);
    expect(preview?.querySelector('tr[data-locale="en"]')?.textContent).toContain('Add card');
    // Keyboard users land on what they are asked to confirm.
    expect(document.activeElement).toBe(preview?.querySelector('h3'));
    // Nothing is stored before Activate.
    expect(page.deps.savePack).not.toHaveBeenCalled();

    await click(page.$('[data-action="activate-candidate"]'));
    expect(page.calls).toEqual(['save relabel-link-card', 'packsChanged']);
    expect(page.$('[data-pack-preview]')).toBeNull();
    // The preview went away with the focus: it goes on from the stored packs.
    expect(document.activeElement?.id).toBe('stored-packs-heading');
    expect(page.status()).toBe('“Link card is now Add card” is active in every open tab.');
    expect(page.row('relabel-link-card')?.dataset.active).toBe('true');
    expect(page.row('old')?.dataset.active).toBe('false');
    expect((page.$('#pack-paste') as HTMLTextAreaElement).value).toBe('');
  });

  it('cancelling the preview stores nothing', async () => {
    const page = await openOptions();
    await typeInto(page.$('#pack-paste'), RELABEL);
    await click(page.$('[data-action="check-pack"]'));
    await click(page.$('[data-action="cancel-candidate"]'));
    expect(page.$('[data-pack-preview]')).toBeNull();
    expect(page.deps.savePack).not.toHaveBeenCalled();
    expect(page.$('[data-no-packs]')).not.toBeNull();
  });
});

describe('options: stored packs', () => {
  it('activates and deactivates a stored pack, one active at a time', async () => {
    const page = await openOptions(
      fakeOptionsDeps([
        { pack: pack('one'), active: true },
        { pack: pack('two'), active: false },
      ]),
    );
    await click(page.row('two')!.querySelector('[data-action="activate"]'));
    expect(page.deps.setPackActive).toHaveBeenCalledWith('two', true);
    expect(page.row('two')?.dataset.active).toBe('true');
    expect(page.row('one')?.dataset.active).toBe('false');
    expect(page.status()).toBe('“Pack two” is active in every open tab.');

    await click(page.row('two')!.querySelector('[data-action="deactivate"]'));
    expect(page.row('two')?.dataset.active).toBe('false');
    expect(page.status()).toBe('“Pack two” is off: the guide uses its built-in texts.');
  });

  it('asks before removing; Escape cancels and the focus returns to Remove', async () => {
    const page = await openOptions(fakeOptionsDeps([{ pack: pack('one'), active: true }]));
    const remove = page.row('one')!.querySelector<HTMLElement>('[data-action="remove"]');
    remove?.focus();
    await click(remove);
    const dialog = page.row('one')?.querySelector('[role="alertdialog"]');
    expect(dialog?.textContent).toContain('Remove the pack “Pack one” from this browser?');
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(dialog?.contains(document.activeElement)).toBe(true);

    await press(document.activeElement, 'Escape');
    expect(page.$('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(page.row('one')!.querySelector('[data-action="remove"]'));
    expect(page.deps.removePack).not.toHaveBeenCalled();
    expect(page.row('one')).not.toBeNull();
  });

  it('removes the pack once confirmed', async () => {
    const page = await openOptions(fakeOptionsDeps([{ pack: pack('one'), active: true }]));
    await click(page.row('one')!.querySelector('[data-action="remove"]'));
    await click(page.$('[data-action="confirm-remove"]'));
    expect(page.calls).toEqual(['remove one', 'packsChanged']);
    expect(page.row('one')).toBeNull();
    expect(page.$('[data-no-packs]')).not.toBeNull();
    expect(page.status()).toBe('“Pack one” was removed.');
  });
});

describe('options: language', () => {
  it('switches the whole page to the chosen language and stores the choice', async () => {
    const fake = fakeOptionsDeps();
    // What the real one does, with the catalogue read from the source tree instead of fetched.
    fake.deps.applyLanguage.mockImplementation(async (s: GuideSettings) => {
      chooseLanguage(s.language, s.language === 'es' ? spanish : null);
    });
    const page = await openOptions(fake);
    const select = page.$('select[data-setting="language"]') as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect(page.$('h1')?.textContent).toBe('AliPay Card Guide — options');

    select.value = 'es';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(page.deps.updateSettings).toHaveBeenCalledWith({ language: 'es' });
    expect(page.deps.applyLanguage).toHaveBeenLastCalledWith({
      guideEnabled: true,
      language: 'es',
    });
    expect(page.$('main')?.dataset.language).toBe('es');
    expect((page.$('select[data-setting="language"]') as HTMLSelectElement).value).toBe('es');
    expect(page.$('h1')?.textContent).toBe('AliPay Card Guide — opciones');
    expect(page.$('#language-heading')?.textContent).toBe('Idioma');
    expect(document.title).toBe('AliPay Card Guide — opciones');
  });
});

describe("options: a shopper's report", () => {
  it('opens a pasted report as a read-only checklist, then closes it', async () => {
    const page = await openOptions();
    await typeInto(page.$('#report-paste'), JSON.stringify(SAMPLE_REPORT));
    await click(page.$('[data-action="open-report"]'));

    const report = page.$('[data-foreign-report]');
    expect(report?.querySelector('#foreign-banner')?.textContent).toBe(
      "Someone else's checklist — read-only",
    );
    const items = Array.from(report!.querySelectorAll<HTMLElement>('li[data-step]'));
    expect(items.map((li) => [li.dataset.step, li.dataset.state, li.dataset.how ?? null])).toEqual([
      ['sync', 'done', 'seen'],
      ['verify-email', 'current', null],
      ['set-pin', 'pending', null],
      ['link-card', 'pending', null],
      ['confirm-card', 'pending', null],
    ]);
    // Read-only: nothing in the checklist can change it.
    expect(report!.querySelector('.checklist button')).toBeNull();
    expect(report!.querySelector('[data-report-last-page]')?.textContent).toContain(
      'ap-verify-email',
    );

    await click(report!.querySelector('[data-action="close-report"]'));
    expect(page.$('[data-foreign-report]')).toBeNull();
    expect((page.$('#report-paste') as HTMLTextAreaElement).value).toBe('');
  });

  it('rejects a bad report with the JSON path of the problem', async () => {
    const page = await openOptions();
    await typeInto(page.$('#report-paste'), JSON.stringify({ ...SAMPLE_REPORT, formatVersion: 9 }));
    await click(page.$('[data-action="open-report"]'));
    expect(page.$('[data-foreign-report]')).toBeNull();
    const errors = page.$('[data-report-errors]');
    expect(errors?.textContent).toContain('This is not a report this guide can open.');
    expect(errors?.querySelector('li[data-path="$.formatVersion"]')).not.toBeNull();
  });
});

describe('options: what a pack may say (issues #12 and #10)', () => {
  it('rejects a pack that asks for the PIN, naming the path, in the page language', async () => {
    const fake = fakeOptionsDeps();
    fake.deps.applyLanguage.mockImplementation(async (s: GuideSettings) => {
      chooseLanguage(s.language, s.language === 'es' ? spanish : null);
    });
    const page = await openOptions(fake);
    const bad = {
      ...pack('asks'),
      steps: { 'set-pin': { es: { tips: ['Nunca compartas tu PIN.', 'Envíanos tu PIN.'] } } },
      labels: { cardLinked: { en: 'OK' } },
    };
    await typeInto(page.$('#pack-paste'), JSON.stringify(bad));
    await click(page.$('[data-action="check-pack"]'));
    const at = (path: string) =>
      Array.from(page.page.querySelectorAll<HTMLElement>('[data-pack-errors] li')).find(
        (li) => li.dataset.path === path,
      );
    const secret = at('$.steps["set-pin"].es.tips[1]');
    expect(secret?.textContent).toContain('must not ask for a PIN, password, code or card number');
    const short = at('$.labels.cardLinked.en');
    expect(short?.textContent).toContain('too short for a wording the guide decides by');
    expect(at('$.steps["set-pin"].es.tips[0]')).toBeUndefined();
    expect(page.deps.savePack).not.toHaveBeenCalled();

    const select = page.$('select[data-setting="language"]') as HTMLSelectElement;
    select.value = 'es';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await click(page.$('[data-action="check-pack"]'));
    expect(page.$('[data-pack-errors]')?.textContent).toContain(
      'no debe pedir un PIN, una contraseña, un código ni un número de tarjeta',
    );
    expect(page.$('[data-pack-errors]')?.textContent).toContain('demasiado corto');
  });

  it('warns before activating a pack that changes what proves a step done, naming the steps', async () => {
    const page = await openOptions();
    const evidence = {
      ...pack('proof'),
      labels: { cardLinked: { en: 'Card added' }, accountReady: { es: 'Cuenta lista' } },
    };
    await typeInto(page.$('#pack-paste'), JSON.stringify(evidence));
    await click(page.$('[data-action="check-pack"]'));
    const warning = page.$('[data-pack-preview] [data-evidence-warning]');
    expect(warning?.dataset.evidenceWarning).toBe('set-pin link-card');
    expect(warning?.textContent).toContain(
      'This pack changes what counts as proof that a step is done',
    );
    expect(warning?.textContent).toContain('“Set your password and payment PIN”');
    expect(warning?.textContent).toContain('“Link your card on AliPay”');
    expect(warning?.textContent).not.toContain('Check the card on AliExpress');
  });

  it('shows no warning for a pack that only renames a button', async () => {
    const page = await openOptions();
    await typeInto(page.$('#pack-paste'), RELABEL);
    await click(page.$('[data-action="check-pack"]'));
    expect(page.$('[data-pack-preview]')).not.toBeNull();
    expect(page.$('[data-evidence-warning]')).toBeNull();
  });
});

// @vitest-environment happy-dom
/**
 * Issue #11: every message of ours on the options page follows the language
 * setting, a pack's and a report's errors included, and a switch re-renders
 * what is on screen in place: no checking again, no remount.
 */
import { describe, expect, it } from 'vitest';
import spanish from '@/public/_locales/es/messages.json';
import { readManagedPacks } from '@/utils/packs/managed-packs';
import { chooseLanguage } from '@/utils/i18n/t';
import type { GuideSettings } from '@/utils/settings/settings';
import { fakeOptionsDeps, pack, SAMPLE_REPORT } from '../../unit/options/fake-options-deps';
import { click, settle } from '../render';
import { mountOptions } from './mount-options';

async function openOptions(fake = fakeOptionsDeps()) {
  // What the real one does, with the catalogue read from the source tree instead of fetched.
  fake.deps.applyLanguage.mockImplementation(async (s: GuideSettings) => {
    chooseLanguage(s.language, s.language === 'es' ? spanish : null);
  });
  const { model, $ } = await mountOptions(fake.deps);
  const problem = (of: string, path: string) =>
    $(`[data-${of}-errors] li[data-path='${path}']`)?.textContent ?? null;
  return { ...fake, model, $, problem };
}

async function paste(el: HTMLElement | null, text: string) {
  if (!(el instanceof HTMLTextAreaElement)) throw new Error('No text area');
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

async function choose(page: Awaited<ReturnType<typeof openOptions>>, language: string) {
  const select = page.$('select[data-setting="language"]') as HTMLSelectElement;
  select.value = language;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

describe('options: errors on screen when the language changes', () => {
  it("a pack's errors turn Spanish in place, each at its path", async () => {
    const page = await openOptions();
    const bad = {
      ...pack('bad'),
      name: 5,
      version: 'one',
      steps: { sync: { en: { tips: ['Send us your PIN.'] } } },
      labels: { linkCard: { EN: 'Add card' } },
    };
    await paste(page.$('#pack-paste'), JSON.stringify(bad));
    await click(page.$('[data-action="check-pack"]'));
    const list = page.$('[data-pack-errors]');
    expect(page.problem('pack', '$.name')).toBe('$.name — must be text');
    expect(page.problem('pack', '$.version')).toBe('$.version — must be a version like 1.0.0');

    await choose(page, 'es');

    expect(page.$('main')?.dataset.language).toBe('es');
    expect(page.$('[data-pack-errors]')).toBe(list);
    expect(list?.querySelector('.error')?.textContent).toBe(spanish.packRejected.message);
    expect(page.problem('pack', '$.name')).toBe('$.name — debe ser texto');
    expect(page.problem('pack', '$.version')).toBe('$.version — debe ser una versión como 1.0.0');
    expect(page.problem('pack', '$.labels.linkCard.EN')).toBe(
      '$.labels.linkCard.EN — la clave debe ser una etiqueta de idioma como "en", "es" o "pt-BR"',
    );
    expect(page.problem('pack', '$.steps.sync.en.tips[0]')).toContain(
      'no debe pedir un PIN, una contraseña',
    );

    await choose(page, 'auto');
    expect(page.problem('pack', '$.name')).toBe('$.name — must be text');
  });

  it('text that is not JSON is refused in Spanish', async () => {
    const page = await openOptions();
    await choose(page, 'es');
    await paste(page.$('#pack-paste'), '{ "format": ');
    await click(page.$('[data-action="check-pack"]'));
    expect(page.problem('pack', '$')).toBe(
      '$ — no es JSON válido: un paquete de guía debe ser un archivo JSON',
    );
  });

  it("a shopper's report refused for its version says why in Spanish", async () => {
    const page = await openOptions();
    await paste(page.$('#report-paste'), JSON.stringify({ ...SAMPLE_REPORT, formatVersion: 9 }));
    await click(page.$('[data-action="open-report"]'));
    expect(page.problem('report', '$.formatVersion')).toContain('unsupported version');
    await choose(page, 'es');
    expect(page.problem('report', '$.formatVersion')).toBe(
      '$.formatVersion — versión no admitida: esta guía lee formatVersion 1; actualiza la extensión para leer archivos más recientes',
    );
  });

  it('a pack set by the organisation and refused says why in Spanish', async () => {
    const fake = fakeOptionsDeps();
    fake.deps.readManagedProblems.mockResolvedValue(
      readManagedPacks({ packs: [JSON.stringify({ ...pack('org'), id: 'Org Pack' })] }).problems,
    );
    const page = await openOptions(fake);
    expect(page.problem('managed', '$.id')).toContain('must be 2 to 64 lowercase letters');
    await choose(page, 'es');
    expect(page.problem('managed', '$.id')).toBe(
      '$.id — debe tener de 2 a 64 letras minúsculas, cifras o guiones, y empezar por una letra o una cifra',
    );
  });
});

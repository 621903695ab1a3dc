// @vitest-environment happy-dom
/**
 * Issue #11, on the page: the guide redraws in the language the shopper
 * chooses, through the same switch as the popup and the options page, and
 * quotes a control by the words the page shows it by (an English page with
 * Spanish chosen: «My AliPay account», not «Mi cuenta de AliPay»).
 */
import { describe, expect, it, vi } from 'vitest';
import { SEARCH_GRACE_MS } from '@/entrypoints/guide/guide-controller';
import english from '@/public/_locales/en/messages.json';
import spanish from '@/public/_locales/es/messages.json';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import { chooseLanguage } from '@/utils/i18n/t';
import type { Pack } from '@/utils/packs/pack-schema';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { frames, MY_ALIEXPRESS, openGuidePage, useGuideLifetime } from './guide-on-page';

const SPANISH = { ...DEFAULT_SETTINGS, language: 'es' as const };
const START = { detection: MY_ALIEXPRESS, progress: emptyProgress(), settings: SPANISH };

const lifetime = useGuideLifetime();

/** An English store page with these links (their markup as given), and the guide on it. */
function openPage(...links: string[]) {
  document.documentElement.lang = 'en';
  return openGuidePage(lifetime().signal, links);
}

describe('guide: quoting a control in the page’s words', () => {
  it('on an English page in Spanish, quotes the name the page gives the control', () => {
    chooseLanguage('es', spanish);
    const page = openPage('My   AliPay <b>account</b>');
    page.guide.update(START);
    frames();
    expect(page.hint()?.dataset.search).toBe('found');
    expect(page.text('.count')).toBe('Paso 1 de 5');
    expect(page.text('.say')).toBe('Elige «My AliPay account» para ir a AliPay.');
  });

  it('not found, quotes the wording in the page’s language, there and in "we can’t find"', () => {
    chooseLanguage('es', spanish);
    const page = openPage();
    page.guide.update(START);
    vi.advanceTimersByTime(SEARCH_GRACE_MS);
    frames();
    expect(page.hint()?.dataset.search).toBe('missing');
    expect(page.text('.say')).toBe('Elige «My AliPay account» para ir a AliPay.');
    expect(page.text('.missing')).toBe(
      'Todavía no encontramos «My AliPay account» en esta página.',
    );
  });
});

describe('guide: a change of language', () => {
  it('redraws the callout in the new language, with no update from the page', () => {
    const page = openPage('My AliPay account');
    page.guide.update({ ...START, settings: DEFAULT_SETTINGS });
    frames();
    const callout = page.hint();
    const hide = page.button('hide');
    expect(page.text('.title')).toBe(english.step_sync_title.message);
    expect(page.text('.say')).toBe('Choose “My AliPay account” to go to AliPay.');

    chooseLanguage('es', spanish);
    frames();
    expect(page.hint()).toBe(callout);
    expect(page.button('hide')).toBe(hide);
    expect(page.text('.count')).toBe('Paso 1 de 5');
    expect(page.text('.title')).toBe(spanish.step_sync_title.message);
    expect(page.text('.say')).toBe('Elige «My AliPay account» para ir a AliPay.');
    expect(hide?.textContent).toBe(spanish.hideOnPage.message);

    chooseLanguage('auto', null);
    frames();
    expect(page.text('.count')).toBe('Step 1 of 5');
  });

  it('redraws the words around a pack’s texts too', () => {
    const same = { title: 'Check your mailbox', todo: 'Follow the link in the email.' };
    const pack: Pack = {
      format: 'alipay-card-guide-pack',
      formatVersion: 1,
      id: 'same-words',
      name: 'Same words',
      version: '1.0.0',
      author: 'Support',
      steps: { 'verify-email': { en: same, es: same } },
    };
    const page = openPage();
    // On AliPay with sync done: the step's own instruction, which the pack replaces.
    page.guide.update({
      detection: { ...MY_ALIEXPRESS, site: 'alipay', pageId: 'ap-other' },
      progress: reduceProgress(emptyProgress(), { type: 'mark-done', at: 1, step: 'sync' }),
      settings: DEFAULT_SETTINGS,
      pack,
    });
    frames();
    expect(page.text('.say')).toBe(same.todo);
    expect(page.text('.count')).toBe('Step 2 of 5');
    chooseLanguage('es', spanish);
    frames();
    expect(page.text('.title')).toBe(same.title);
    expect(page.text('.say')).toBe(same.todo);
    expect(page.text('.count')).toBe('Paso 2 de 5');
    expect(page.text('.why strong')).toBe(`${spanish.whyLabel.message}: `);
  });
});

/**
 * Issue #11: the guide quotes a control by the words the page shows it by.
 * Its instructions (`do_*`) leave the control's name to a placeholder, filled
 * with the name the page gives the control the guide found, so a Spanish
 * sentence on an English page quotes “My AliPay account”.
 */
import { afterEach, describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { DEFAULT_LABELS, type LabelId } from '@/utils/detect/default-labels';
import type { Catalogue } from '@/utils/i18n/catalogue';
import { wordingIn } from '@/utils/i18n/page-words';
import { chooseLanguage, t } from '@/utils/i18n/t';

afterEach(() => chooseLanguage('auto', null));

describe('an instruction with the control’s name filled in', () => {
  it('quotes the control as the page names it, in a Spanish sentence', () => {
    chooseLanguage('es', es);
    expect(t('do_myAliPayAccount', 'My AliPay account')).toBe(
      'Elige «My AliPay account» para ir a AliPay.',
    );
  });

  it('quotes the same name each time it names the control', () => {
    chooseLanguage('en', en);
    expect(t('do_linkCard', 'Add card')).toBe(
      'Press “Add card”, fill in your card details and your six-digit payment PIN, then press “Add card” again.',
    );
  });

  it('leaves a message that names no control as it is', () => {
    chooseLanguage('es', es);
    expect(t('info_goToProfile', 'Connect')).toBe(es.info_goToProfile.message);
  });
});

describe('wordingIn: a control not found is quoted by its wording', () => {
  const label = DEFAULT_LABELS.myAliPayAccount;

  it('in the page’s language first, then the shopper’s', () => {
    expect(wordingIn(label, ['en', 'es'])).toBe('My AliPay account');
    expect(wordingIn(label, ['fr', 'es'])).toBe('Mi cuenta de AliPay');
  });

  it('in English when neither has one, else in any', () => {
    expect(wordingIn(label, ['fr', 'de'])).toBe('My AliPay account');
    expect(wordingIn({ pt: 'Minha conta' }, ['fr'])).toBe('Minha conta');
    expect(wordingIn(undefined, ['en'])).toBeNull();
  });
});

describe('the guide’s instructions', () => {
  const instructions = (c: Catalogue) => Object.entries(c).filter(([key]) => key.startsWith('do_'));

  it.each<[string, Catalogue]>([
    ['en', en],
    ['es', es],
  ])('name the control they point at by placeholder, never by its wording (%s)', (lang, c) => {
    for (const [key, entry] of instructions(c)) {
      // do_<label id>: the label of the control the instruction points at (utils/guide/guide-plan.ts).
      const label = key.slice('do_'.length) as LabelId;
      expect(Object.keys(DEFAULT_LABELS), key).toContain(label);
      expect(entry.message, key).toContain('$CONTROL$');
      expect(entry.placeholders?.control?.content, key).toBe('$1');
      const quoted = [...entry.message.matchAll(/[“«]([^”»]+)[”»]/g)].map((m) => m[1]);
      const wordings: string[] = Object.values(DEFAULT_LABELS[label]);
      expect(
        quoted.filter((q) => q && wordings.includes(q)),
        `${lang} ${key}`,
      ).toEqual([]);
    }
  });
});

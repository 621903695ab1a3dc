import { describe, expect, it } from 'vitest';
import { LABELS } from '../../mock-site/labels';
import { SITE_TEXT } from '../../mock-site/site-text';

describe('mock site phrase tables', () => {
  it('has every key in both languages, none empty', () => {
    for (const table of [LABELS, SITE_TEXT]) {
      expect(Object.keys(table.es).sort()).toEqual(Object.keys(table.en).sort());
      for (const text of [...Object.values(table.en), ...Object.values(table.es)]) {
        expect(text.trim()).not.toBe('');
      }
    }
  });

  it('keeps spec labels and invented text apart', () => {
    const specKeys = new Set(Object.keys(LABELS.en));
    expect(Object.keys(SITE_TEXT.en).filter((key) => specKeys.has(key))).toEqual([]);
  });

  it('spells a sample of the spec literally', () => {
    expect(LABELS.en.cardsAndBankAccounts).toBe('Cards and bank accounts');
    expect(LABELS.es.useForPayments).toBe('Usar para pagar');
    expect(LABELS.es.verifyEmailHeading).toBe('Verifica tu correo electrónico');
    expect(LABELS.en.manageYourCards).toBe('Manage your cards');
    expect(LABELS.es.expiryDate).toBe('Fecha de caducidad');
    expect(LABELS.es.cardholderName).toBe('Titular de la tarjeta');
    expect(LABELS.en.checkCardNumber).toBe('Check the card number');
  });
});

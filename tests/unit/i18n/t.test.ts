import { afterEach, describe, expect, it } from 'vitest';
import es from '@/public/_locales/es/messages.json';
import { chooseLanguage, t } from '@/utils/i18n/t';

afterEach(() => chooseLanguage('auto', null));

describe('t()', () => {
  it('uses the chosen catalogue, with placeholders filled in', () => {
    chooseLanguage('es', es);
    expect(t('stepOfTotal', '2')).toBe('Paso 2 de 5');
    expect(t('cantFind', 'Conectar')).toBe('Todavía no encontramos «Conectar» en esta página.');
  });
});

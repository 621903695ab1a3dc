import { afterEach, describe, expect, it } from 'vitest';
import es from '@/public/_locales/es/messages.json';
import { setCatalog, t } from '@/utils/i18n/t';

afterEach(() => setCatalog(null));

describe('t()', () => {
  it('uses the chosen catalogue, with placeholders filled in', () => {
    setCatalog(es);
    expect(t('stepOfTotal', '2')).toBe('Paso 2 de 5');
    expect(t('cantFind', 'Conectar')).toBe('Todavía no encontramos «Conectar» en esta página.');
    expect(t('diagnosticLine', ['hoy', 'Guardar', 'ap-security'])).toBe(
      'hoy: se esperaba «Guardar» en la página ap-security',
    );
  });
});

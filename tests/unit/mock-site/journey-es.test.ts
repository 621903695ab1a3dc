import { describe, expect, it } from 'vitest';
import { createMockSite } from '../../mock-site/server';
import { HttpShopper } from './support/http-shopper';
import { ORIGINS, walkHttpJourney } from './support/http-journey';

describe('mock site journey in Spanish', () => {
  it('follows Accept-Language: es through all five steps with the Spanish labels', async () => {
    const shopper = new HttpShopper(createMockSite(), 'es-ES,es;q=0.9,en;q=0.5');
    const pages = await walkHttpJourney(shopper, 'es');

    // Spelled out, so a typo in labels.ts fails here too.
    expect(pages.connected.text).toContain('Cuenta de AliExpress conectada');
    expect(pages.emailSent.text).toContain(
      'Te hemos enviado un correo de confirmación a j***@example.com',
    );
    expect(pages.security.text).toContain('Correo verificado');
    expect(pages.security.text).toContain('Configura la seguridad de tu cuenta');
    expect(pages.security.text).toContain('PIN de pago (6 dígitos)');
    expect(pages.security.text).toContain(
      'No pierdas este PIN: lo necesitarás para añadir cualquier método de pago',
    );
    expect(pages.ready.text).toContain('Tu cuenta de AliPay está lista');
    expect(pages.cardLinked.text).toContain('Tarjeta vinculada Mastercard •••• 4444');
    expect(pages.aliexpressCards.text).toContain('Tarjetas y cuentas bancarias');
    expect(pages.aliexpressCards.text).toContain(
      'Para modificar los datos de la tarjeta, ve a AliPay',
    );
    expect(pages.aliexpressCards.html).toContain('"delete":"Eliminar"');
    expect(pages.aliexpressCards.html).toContain('"use":"Usar para pagar"');
    expect(pages.aliexpressCards.html).toContain('"empty":"Todavía no tienes tarjetas"');
    expect(pages.aliexpressCards.html).toContain('"default":"Predeterminada"');
  });

  it('follows ?lang=es from the first page across all three hosts, whatever the browser says', async () => {
    const shopper = new HttpShopper(createMockSite(), 'en-US,en;q=0.9');
    const pages = await walkHttpJourney(shopper, 'es', '/?lang=es');
    expect(pages.cardLinked.html).toContain('<html lang="es">');
    // Each host remembers the choice in its own cookie, carried over by `lang` in cross-host links.
    for (const host of ['aliexpress', 'alipay', 'mail']) {
      expect(shopper.cookie(`${host}.localhost`, 'mock_lang'), host).toBe('es');
    }
  });

  it('lets ?lang=en override a Spanish browser', async () => {
    const shopper = new HttpShopper(createMockSite(), 'es-ES,es;q=0.9');
    const page = await shopper.open(`${ORIGINS.aliexpress}/?lang=en`);
    expect(page.html).toContain('<html lang="en">');
    expect(page.text).toContain('Hello, Juan Carlos');
    const later = await shopper.open(`${ORIGINS.aliexpress}/orders`);
    expect(later.text).toContain('My orders');
    const spanish = await new HttpShopper(createMockSite(), 'es-MX').open(
      `${ORIGINS.aliexpress}/orders`,
    );
    expect(spanish.text).toContain('Hola, Juan Carlos');
    expect(spanish.text).toContain('Mis pedidos');
    expect(spanish.text).toContain('Mi AliExpress');
  });
});

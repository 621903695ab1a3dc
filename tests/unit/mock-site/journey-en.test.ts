import { describe, expect, it } from 'vitest';
import { LABELS } from '../../mock-site/labels';
import { createMockSite } from '../../mock-site/server';
import { HttpShopper } from './support/http-shopper';
import { ORIGINS, walkHttpJourney } from './support/http-journey';

interface CardsJson {
  cards: { brand: string; brandName: string; masked: string; isDefault: boolean; id: string }[];
}

describe('mock site journey in English', () => {
  it('walks all five steps by the spec labels, and the card shows on AliExpress', async () => {
    const shopper = new HttpShopper(createMockSite(), 'en-GB,en;q=0.9');
    const pages = await walkHttpJourney(shopper, 'en');

    // Spelled out, so a typo in labels.ts fails here too.
    expect(pages.connected.text).toContain('AliExpress account connected');
    expect(pages.emailSent.text).toContain('We have sent a confirmation email to j***@example.com');
    expect(pages.security.text).toContain(
      'Do not lose this PIN: you will need it to add any payment method',
    );
    expect(pages.security.text).toContain('Payment PIN (6 digits)');
    expect(pages.ready.text).toContain('Your AliPay account is ready');
    expect(pages.cardLinked.text).toContain('Card linked');
    expect(pages.aliexpressCards.text).toContain('To change card details, go to AliPay');

    // The list is drawn by the page's script from this endpoint, with these labels.
    expect(pages.aliexpressCards.html).toContain('"delete":"Delete"');
    expect(pages.aliexpressCards.html).toContain('"use":"Use for payments"');
    expect(pages.aliexpressCards.html).toContain('"empty":"You have no cards yet"');
    const list = await shopper.json<CardsJson>(`${ORIGINS.aliexpress}/api/cards`);
    expect(list.cards).toMatchObject([
      { brandName: 'Mastercard', masked: '•••• 4444', isDefault: true },
    ]);

    const state = await shopper.json<{ stepsDone: string[] }>(`${ORIGINS.aliexpress}/__mock/state`);
    expect(state.stepsDone).toEqual([
      'sync',
      'verify-email',
      'set-pin',
      'link-card',
      'confirm-card',
    ]);
  });

  it('lets the shopper choose a card for payments and delete it, re-rendering from the answer', async () => {
    const shopper = new HttpShopper(createMockSite());
    await walkHttpJourney(shopper, 'en');
    await shopper.fetch(`${ORIGINS.aliexpress}/__mock/seed?step=confirm-card`);
    const seeded = await shopper.json<CardsJson>(`${ORIGINS.aliexpress}/api/cards`);
    expect(seeded.cards).toMatchObject([{ brandName: 'Visa', masked: '•••• 4242' }]);
    const id = seeded.cards[0]?.id ?? '';

    const used = await shopper.json<CardsJson>(`${ORIGINS.aliexpress}/api/cards/${id}/default`, {
      method: 'POST',
    });
    expect(used.cards[0]?.isDefault).toBe(true);
    const deleted = await shopper.json<CardsJson>(`${ORIGINS.aliexpress}/api/cards/${id}/delete`, {
      method: 'POST',
    });
    expect(deleted.cards).toEqual([]);
    const page = await shopper.open(`${ORIGINS.aliexpress}/account/cards`);
    expect(page.html).toContain(`"empty":"${LABELS.en.noCardsYet}"`);
  });

  it('gives every page one h1, a main, a language, and labels for every field', async () => {
    const shopper = new HttpShopper(createMockSite());
    await shopper.fetch(`${ORIGINS.aliexpress}/__mock/seed?step=set-pin`);
    const sid = (await shopper.json<{ sid: string }>(`${ORIGINS.aliexpress}/__mock/state`)).sid;
    await shopper.fetch(`${ORIGINS.alipay}/__mock/join?sid=${sid}`);
    const urls = [
      `${ORIGINS.aliexpress}/`,
      `${ORIGINS.aliexpress}/account`,
      `${ORIGINS.aliexpress}/orders`,
      `${ORIGINS.aliexpress}/account/cards`,
      `${ORIGINS.alipay}/connect`,
      `${ORIGINS.alipay}/profile`,
      `${ORIGINS.alipay}/cards?form=open`,
      `${ORIGINS.mail}/`,
    ];
    for (const url of urls) {
      const page = await shopper.open(url);
      expect(page.html.match(/<h1\b/g), url).toHaveLength(1);
      expect(page.html.match(/<main\b/g), url).toHaveLength(1);
      expect(page.html, url).toMatch(/<html lang="(en|es)">/);
      const ids = [
        ...page.html.matchAll(/<(?:input|select)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"/g),
      ].map((m) => m[1]);
      for (const id of ids) expect(page.html, `${url} #${id}`).toContain(`<label for="${id}">`);
    }
  });
});

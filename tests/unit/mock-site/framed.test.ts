/**
 * The `framed` style: AliPay's "Manage your cards" keeps its heading and shows
 * the card panel (list, "Link card" form, errors, "Card linked") in a
 * same-origin iframe whose document, forms and redirects stay in the frame.
 */
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../mock-site/labels';
import { SITE_TEXT } from '../../mock-site/site-text';
import { buttonNames, elements, formWithButton, headings } from './support/html-query';
import { HTTP_SECRETS, ORIGINS } from './support/http-journey';
import type { HttpShopper, Page } from './support/http-shopper';
import { seededShopper } from './support/seeded-shopper';

const L = LABELS.en;

async function framedShopper(step: 'none' | 'verify-email' | 'set-pin'): Promise<HttpShopper> {
  const { shopper } = await seededShopper(step);
  const set = await shopper.fetch(`${ORIGINS.alipay}/__mock/options`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ style: 'framed' }),
  });
  expect(set.status).toBe(200);
  return shopper;
}

/** The cards page's one iframe, and the document it shows, as the browser would load it. */
async function openFrame(shopper: HttpShopper, page: Page): Promise<{ title: string; doc: Page }> {
  const frames = elements(page.html, 'iframe');
  expect(frames).toHaveLength(1);
  const { title = '', src = '' } = frames[0]?.attrs ?? {};
  return { title, doc: await shopper.open(new URL(src, page.url).href) };
}

const CARD = {
  [L.cardNumber]: HTTP_SECRETS.cardNumber,
  [L.expiryDate]: HTTP_SECRETS.expiry,
  [L.cvv]: HTTP_SECRETS.cvv,
  [L.cardholderName]: HTTP_SECRETS.holder,
  [L.paymentPin]: '123456', // the seeded PIN
};

describe('the framed style of Manage your cards', () => {
  it('keeps the heading on the page and puts the list and the form in a same-origin frame', async () => {
    const shopper = await framedShopper('set-pin');
    const page = await shopper.open(`${ORIGINS.alipay}/cards`);
    expect(page.status).toBe(200);
    expect(headings(page.html, 1)).toEqual([L.manageYourCards]);
    expect(page.html).not.toContain('id="link-card-form"');
    expect(page.html).not.toContain('<form');
    expect(page.text).not.toContain(L.linkCard);

    const { title, doc } = await openFrame(shopper, page);
    expect(title).toBe(SITE_TEXT.en.cardsFrameTitle);
    expect(new URL(doc.url).origin).toBe(ORIGINS.alipay);
    expect(new URL(doc.url).pathname).toBe('/cards/panel');
    expect(doc.status).toBe(200);
    expect(doc.html).toContain('<html lang="en">');
    expect(headings(doc.html, 1)).toEqual([]);
    expect(headings(doc.html, 2)).toEqual([SITE_TEXT.en.yourCards]);
    expect(doc.text).not.toContain(SITE_TEXT.en.backToAliExpress);
    const form = formWithButton(doc.html, L.linkCard);
    expect(form.attrs.id).toBe('link-card-opener');
    expect(form.action).toBe('/cards/panel');
    expect(doc.html).toContain('id="link-card-form"');
  });

  it('links a card within the frame: the POST redirects to the panel, which shows "Card linked"', async () => {
    const shopper = await framedShopper('set-pin');
    const { doc } = await openFrame(shopper, await shopper.open(`${ORIGINS.alipay}/cards`));

    // Without scripts the opener loads the panel with the form open, still in the frame.
    const opened = await shopper.submit(doc, L.linkCard);
    expect(new URL(opened.url).pathname).toBe('/cards/panel');
    const form = formWithButton(opened.html, L.linkCard);
    expect(form).toMatchObject({ method: 'post', action: '/cards/panel', hidden: false });

    const redirect = await shopper.fetch(`${ORIGINS.alipay}/cards/panel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        number: HTTP_SECRETS.cardNumber,
        expiry: HTTP_SECRETS.expiry,
        cvv: HTTP_SECRETS.cvv,
        holder: HTTP_SECRETS.holder,
        pin: '123456',
      }).toString(),
    });
    expect(redirect.status).toBe(303);
    const location = new URL(redirect.headers.get('location') ?? '', ORIGINS.alipay);
    expect(location.pathname).toBe('/cards/panel');
    expect(location.searchParams.get('linked')).toMatch(/.+/);

    const linked = await shopper.open(location.href);
    expect(linked.text).toContain(`${L.cardLinked} Mastercard •••• 4444`);
    expect(elements(linked.html, 'li').map((li) => li.text)).toEqual(['Mastercard •••• 4444']);

    // The same, as a shopper fills the form by its labels.
    const again = await shopper.submit(opened, L.linkCard, CARD);
    expect(new URL(again.url).pathname).toBe('/cards/panel');
    expect(new URL(again.url).searchParams.get('linked')).toMatch(/.+/);
    expect(again.text).toContain(`${L.cardLinked} Mastercard •••• 4444`);
  });

  it('shows errors in the frame with 422 and keeps what may be written back', async () => {
    const shopper = await framedShopper('set-pin');
    const { doc } = await openFrame(shopper, await shopper.open(`${ORIGINS.alipay}/cards`));
    const opened = await shopper.submit(doc, L.linkCard);
    const failed = await shopper.submit(opened, L.linkCard, {
      ...CARD,
      [L.cardNumber]: '4242 4242 4242 4241',
      [L.paymentPin]: '000000',
    });
    expect(failed.status).toBe(422);
    expect(new URL(failed.url).pathname).toBe('/cards/panel');
    expect(failed.text).toContain(L.checkCardNumber);
    expect(failed.text).toContain(L.incorrectPin);
    expect(failed.html).toContain(`value="${HTTP_SECRETS.expiry}"`);
    expect(failed.html).not.toContain('4242 4242 4242 4241');
    expect(formWithButton(failed.html, L.linkCard).hidden).toBe(false);
  });

  it('passes the page language to the frame', async () => {
    const shopper = await framedShopper('set-pin');
    const page = await shopper.open(`${ORIGINS.alipay}/cards?lang=es`);
    const { title, doc } = await openFrame(shopper, page);
    expect(title).toBe(SITE_TEXT.es.cardsFrameTitle);
    expect(new URL(doc.url).searchParams.get('lang')).toBe('es');
    expect(doc.html).toContain('<html lang="es">');
    expect(buttonNames(doc.html)).toContain(LABELS.es.linkCard);
  });

  it('applies the cards page gates to the frame: Connect first, then the PIN', async () => {
    const none = await framedShopper('none');
    const connect = await none.open(`${ORIGINS.alipay}/cards/panel`);
    expect(headings(connect.html, 1)).toEqual([L.connectHeading]);
    expect(connect.html).not.toContain('id="link-card-form"');

    const noPin = await framedShopper('verify-email');
    const pinFirst = await noPin.open(`${ORIGINS.alipay}/cards/panel`);
    expect(pinFirst.text).toContain(L.setUpPinFirst);
    expect(pinFirst.html).not.toContain('id="link-card-form"');
    const post = await noPin.fetch(`${ORIGINS.alipay}/cards/panel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'number=4242424242424242&expiry=12%2F30&cvv=123&holder=X&pin=123456',
    });
    expect(post.status).toBe(409);
    const state = await noPin.json<{ cards: unknown[] }>(`${ORIGINS.alipay}/__mock/state`);
    expect(state.cards).toEqual([]);

    // The page itself shows the gate unframed, as in the other styles.
    const page = await noPin.open(`${ORIGINS.alipay}/cards`);
    expect(page.text).toContain(L.setUpPinFirst);
    expect(page.html).not.toContain('<iframe');
  });

  it('leaves the plain style unframed', async () => {
    const { shopper } = await seededShopper('set-pin');
    const page = await shopper.open(`${ORIGINS.alipay}/cards`);
    expect(page.html).not.toContain('<iframe');
    expect(formWithButton(page.html, L.linkCard).action).toBe('/cards');
  });
});

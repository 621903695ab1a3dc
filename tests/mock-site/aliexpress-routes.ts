/**
 * aliexpress.localhost: the store. Home, My AliExpress (the way into AliPay),
 * My orders, and "Cards and bank accounts", whose list a script fills in late
 * from the JSON routes at the bottom (spec, AliExpress 1-4).
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { formatPrice, ORDERS, PRODUCTS } from './aliexpress-catalog';
import { cardsScript } from './aliexpress-cards-script';
import { dealsMain } from './deals-page';
import { brandName, maskedNumber } from './card-brand';
import { linkTo } from './controls';
import type { Session } from './session-store';
import { sitePage } from './site-page';
import type { AppEnv, View } from './view';

export const ALIEXPRESS_PATHS = {
  home: '/',
  deals: '/deals',
  myAliExpress: '/account',
  myOrders: '/orders',
  cards: '/account/cards',
  cardsApi: '/api/cards',
} as const;

function cardsJson(view: View) {
  return {
    cards: view.session.cards.map((card) => ({
      id: card.id,
      brand: card.brand,
      brandName: brandName(card.brand, view.t('otherBrand')),
      last4: card.last4,
      masked: maskedNumber(card.last4),
      isDefault: card.isDefault,
    })),
  };
}

function deleteCard(session: Session, id: string): void {
  const wasDefault = session.cards.find((card) => card.id === id)?.isDefault ?? false;
  session.cards = session.cards.filter((card) => card.id !== id);
  const first = session.cards[0];
  if (wasDefault && first) first.isDefault = true;
}

export function aliexpressRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get(ALIEXPRESS_PATHS.home, (c) => {
    const view = c.get('view');
    const products = PRODUCTS.map(
      (p) =>
        html`<li class="product">
          <div class="thumb" style="background:${p.colour}" aria-hidden="true"></div>
          <h3>${p.name[view.lang]}</h3>
          <p class="price">${formatPrice(p.priceCents, view.lang)}</p>
        </li>`,
    );
    return c.html(
      sitePage(
        view,
        view.t('homeHeading'),
        html`<section class="hero">
            <h1>${view.t('homeHeading')}</h1>
            <p>${view.t('homeIntro')}</p>
          </section>
          <h2>${view.t('recommended')}</h2>
          <ul class="products">
            ${products}
          </ul>`,
      ),
    );
  });

  app.get(ALIEXPRESS_PATHS.deals, (c) => {
    const view = c.get('view');
    return c.html(sitePage(view, 'Flash deals', dealsMain('Flash deals')));
  });

  app.get(ALIEXPRESS_PATHS.myAliExpress, (c) => {
    const view = c.get('view');
    return c.html(
      sitePage(
        view,
        view.t('myAliExpress'),
        html`<h1>${view.t('myAliExpress')}</h1>
          <section class="panel">
            <h2>${view.t('accountSettings')}</h2>
            <ul class="options">
              <li>
                ${linkTo(view, 'myAlipayAccount', view.crossHostUrl('alipay', '/'))}
                <p class="note">${view.t('alipayAccountHint')}</p>
              </li>
              <li>
                ${linkTo(view, 'myOrders', ALIEXPRESS_PATHS.myOrders)}
                <p class="note">${view.t('ordersHint')}</p>
              </li>
            </ul>
          </section>`,
      ),
    );
  });

  app.get(ALIEXPRESS_PATHS.myOrders, (c) => {
    const view = c.get('view');
    const orders = ORDERS.map(
      (o) =>
        html`<li>
          <h3>${view.t('order')} ${o.number}</h3>
          <p>
            ${o.item[view.lang]} · ${formatPrice(o.priceCents, view.lang)} ·
            ${view.t(o.status === 'delivered' ? 'delivered' : 'shipped')}
          </p>
        </li>`,
    );
    return c.html(
      sitePage(
        view,
        view.t('myOrders'),
        html`<h1>${view.t('myOrders')}</h1>
          <section class="panel">
            <h2>${view.t('recentOrders')}</h2>
            <ul class="orders">
              ${orders}
            </ul>
          </section>
          <section class="panel">
            <h2>${view.t('paymentSection')}</h2>
            <p>${linkTo(view, 'cardsAndBankAccounts', ALIEXPRESS_PATHS.cards)}</p>
          </section>`,
      ),
    );
  });

  app.get(ALIEXPRESS_PATHS.cards, (c) => {
    const view = c.get('view');
    const script = cardsScript({
      endpoint: ALIEXPRESS_PATHS.cardsApi,
      delayMs: view.session.options.cardsDelayMs,
      showDelete: !view.hidden('deleteCard'),
      showUse: !view.hidden('useForPayments'),
      text: {
        empty: view.t('noCardsYet'),
        delete: view.t('deleteCard'),
        use: view.t('useForPayments'),
        default: view.t('defaultCard'),
        failed: view.t('cardsFailed'),
      },
    });
    return c.html(
      sitePage(
        view,
        view.t('cardsAndBankAccounts'),
        html`<h1>${view.t('cardsAndBankAccounts')}</h1>
          <p class="note">${view.t('changeCardsOnAlipay')}</p>
          <section class="panel">
            <h2>${view.t('yourCards')}</h2>
            <p id="cards-status" role="status">${view.t('loadingCards')}</p>
            <ul id="card-list" class="cards" aria-busy="true"></ul>
            <noscript><p>${view.t('needsJavaScript')}</p></noscript>
          </section>
          ${script}`,
      ),
    );
  });

  app.get(ALIEXPRESS_PATHS.cardsApi, (c) => {
    const view = c.get('view');
    if (view.session.cards.length > 0) view.session.cardSeenOnAliExpress = true;
    return c.json(cardsJson(view));
  });

  app.post(`${ALIEXPRESS_PATHS.cardsApi}/:id/:action`, (c) => {
    const view = c.get('view');
    const id = c.req.param('id');
    const action = c.req.param('action');
    if (!view.session.cards.some((card) => card.id === id))
      return c.json({ error: 'no such card' }, 404);
    if (action === 'delete') deleteCard(view.session, id);
    else if (action === 'default') {
      for (const card of view.session.cards) card.isDefault = card.id === id;
    } else return c.json({ error: 'unknown action' }, 404);
    return c.json(cardsJson(view));
  });

  return app;
}

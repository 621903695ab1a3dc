/**
 * AliPay's "Manage your cards" (spec, AliPay 10). "Link card" opens the form
 * (a script reveals it in place; without scripts the same button loads the page
 * with the form open). The payment PIN authorises the card; only the brand and
 * last four digits are kept. In the `framed` style the page keeps its heading
 * and shows the card panel (list, form, errors, "Card linked") in a same-origin
 * iframe whose document, forms and redirects stay at `/cards/panel`.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import { ALIPAY_PATHS, earlierStepPage } from './alipay-pages';
import { brandName, brandOf, maskedNumber } from './card-brand';
import {
  banner,
  errorList,
  field,
  type Html,
  inlineScript,
  linkTo,
  submitButton,
} from './controls';
import { type FormFields, readForm } from './form-fields';
import { renderPage } from './layout';
import { cardDigits, isLuhnValid } from './luhn';
import { verifySecret } from './secret-hash';
import { newId, type LinkedCard, type Session } from './session-store';
import { sitePage } from './site-page';
import type { AppEnv, View } from './view';

/** Reveals the form without a page load; the opener hides so only one "Link card" button shows. */
const OPEN_FORM_SCRIPT = `
document.getElementById('link-card-opener')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = document.getElementById('link-card-form');
  form.hidden = false;
  event.currentTarget.hidden = true;
  form.querySelector('input')?.focus();
});`;

interface FormState {
  open: boolean;
  errors: readonly string[];
  /** Non-secret fields written back after an error; number, CVV and PIN never are. */
  holder: string;
  expiry: string;
  linked?: LinkedCard;
}

/** MM/YY or MM/YYYY, not before the current month of the session's clock. */
function isExpiryValid(typed: string, now: number): boolean {
  const match = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(typed.trim());
  if (!match) return false;
  const month = Number(match[1]);
  const year = Number(match[2]) + ((match[2] ?? '').length === 2 ? 2000 : 0);
  const today = new Date(now);
  if (month < 1 || month > 12) return false;
  return year * 12 + month >= today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
}

function checkCard(view: View, form: FormFields, pinHash: string): string[] | LinkedCard {
  const digits = cardDigits(form.get('number'));
  const errors: string[] = [];
  if (!digits || !isLuhnValid(digits)) errors.push(view.t('checkCardNumber'));
  if (!isExpiryValid(form.get('expiry'), view.store.now(view.session)))
    errors.push(view.t('checkExpiry'));
  if (!/^\d{3,4}$/.test(form.get('cvv').trim())) errors.push(view.t('checkCvv'));
  if (form.get('holder').trim() === '') errors.push(view.t('requiredFields'));
  const pin = form.get('pin');
  if (!/^\d{6}$/.test(pin) || !verifySecret(pin, pinHash)) errors.push(view.t('incorrectPin'));
  if (errors.length > 0 || !digits) return errors;
  return {
    id: newId().slice(0, 12),
    brand: brandOf(digits),
    last4: digits.slice(-4),
    isDefault: false,
  };
}

function addCard(session: Session, card: LinkedCard): void {
  card.isDefault = session.cards.length === 0;
  session.cards.push(card);
}

function cardLine(view: View, card: LinkedCard): string {
  return `${brandName(card.brand, view.t('otherBrand'))} ${maskedNumber(card.last4)}`;
}

/** Where the panel's forms go: the cards page itself, or the panel's own document when framed. */
type PanelPath = typeof ALIPAY_PATHS.cards | typeof ALIPAY_PATHS.cardsPanel;

function linkForm(view: View, state: FormState, action: PanelPath): Html {
  return html`${
      state.open || view.hidden('linkCard')
        ? ''
        : html`<form id="link-card-opener" method="get" action="${action}">
            <input type="hidden" name="form" value="open" />${submitButton(view, 'linkCard')}
          </form>`
    }
    <form id="link-card-form" method="post" action="${action}" ${state.open ? '' : 'hidden'}>
      ${field({ id: 'card-number', name: 'number', label: view.t('cardNumber'), inputmode: 'numeric', autocomplete: 'cc-number', invalid: state.errors.includes(view.t('checkCardNumber')) })}
      ${field({ id: 'card-expiry', name: 'expiry', label: view.t('expiryDate'), placeholder: view.t('expiryHint'), autocomplete: 'cc-exp', value: state.expiry })}
      ${field({ id: 'card-cvv', name: 'cvv', label: view.t('cvv'), inputmode: 'numeric', autocomplete: 'cc-csc' })}
      ${field({ id: 'card-holder', name: 'holder', label: view.t('cardholderName'), autocomplete: 'cc-name', value: state.holder })}
      ${field({ id: 'card-pin', name: 'pin', type: 'password', inputmode: 'numeric', label: view.t('paymentPin'), invalid: state.errors.includes(view.t('incorrectPin')) })}
      ${submitButton(view, 'linkCard')}
    </form>
    ${inlineScript(OPEN_FORM_SCRIPT)}`;
}

/** Everything under the heading: the "Card linked" banner, errors, the list and the form. */
function cardPanel(view: View, state: FormState, action: PanelPath): Html {
  const cards = view.session.cards;
  return html`${state.linked ? banner(view.t('cardLinked'), cardLine(view, state.linked)) : ''}
    ${errorList(state.errors)}
    <section class="panel">
      <h2>${view.t('yourCards')}</h2>
      ${
        cards.length === 0
          ? html`<p>${view.t('noLinkedCards')}</p>`
          : html`<ul class="cards">
              ${cards.map((card) => html`<li>${cardLine(view, card)}</li>`)}
            </ul>`
      }
      ${linkForm(view, state, action)}
    </section>`;
}

/**
 * The `framed` style's iframe: the panel in a same-origin document of its own.
 * It carries the page's language, and whether the form is open or a card was
 * just linked, so a visit to the cards page with those shows them in the frame.
 */
function cardFrame(view: View, state: FormState): Html {
  const src = new URLSearchParams({ lang: view.lang });
  if (state.open) src.set('form', 'open');
  if (state.linked) src.set('linked', state.linked.id);
  return html`<iframe
    class="card-frame"
    title="${view.t('cardsFrameTitle')}"
    src="${ALIPAY_PATHS.cardsPanel}?${src.toString()}"
  ></iframe>`;
}

function cardsPage(view: View, state: FormState): Html {
  const framed = view.session.options.style === 'framed';
  return sitePage(
    view,
    view.t('manageYourCards'),
    html`<h1>${view.t('manageYourCards')}</h1>
      ${framed ? cardFrame(view, state) : cardPanel(view, state, ALIPAY_PATHS.cards)}`,
  );
}

/** The frame's document: the site's stylesheet and language, no header, no heading. */
function panelDocument(view: View, state: FormState): Html {
  return renderPage({
    host: view.host,
    lang: view.lang,
    title: view.t('cardsFrameTitle'),
    header: html``,
    main: cardPanel(view, state, ALIPAY_PATHS.cardsPanel),
    inFrame: true,
  });
}

function pinFirstPage(view: View): Html {
  return sitePage(
    view,
    view.t('manageYourCards'),
    html`<h1>${view.t('manageYourCards')}</h1>
      <div class="alert error" role="alert"><strong>${view.t('setUpPinFirst')}</strong></div>
      <p>${linkTo(view, 'setUpPin', ALIPAY_PATHS.security)}</p>`,
  );
}

/** The page to show instead until the shopper is connected and has a payment PIN. */
function gatePage(view: View): Html | undefined {
  return (
    earlierStepPage(view, 'connected') ?? (view.session.security ? undefined : pinFirstPage(view))
  );
}

type Render = (view: View, state: FormState) => Html;

/** GET and POST of one card page: the cards page, or the panel's document in its frame. */
function cardRoutes(app: Hono<AppEnv>, path: PanelPath, render: Render): void {
  app.get(path, (c) => {
    const view = c.get('view');
    const gate = gatePage(view);
    if (gate) return c.html(gate);
    const linkedId = c.req.query('linked');
    return c.html(
      render(view, {
        open: c.req.query('form') === 'open',
        errors: [],
        holder: '',
        expiry: '',
        linked: view.session.cards.find((card) => card.id === linkedId),
      }),
    );
  });

  app.post(path, async (c) => {
    const view = c.get('view');
    const gate = gatePage(view);
    const { security } = view.session;
    if (gate || !security) return c.html(gate ?? pinFirstPage(view), 409);
    const form = await readForm(c);
    const result = checkCard(view, form, security.pinHash);
    if (Array.isArray(result)) {
      const state = {
        open: true,
        errors: result,
        holder: form.get('holder'),
        expiry: form.get('expiry'),
      };
      return c.html(render(view, state), 422);
    }
    addCard(view.session, result);
    return c.redirect(`${path}?linked=${encodeURIComponent(result.id)}`, 303);
  });
}

export function alipayCardRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  cardRoutes(app, ALIPAY_PATHS.cards, cardsPage);
  cardRoutes(app, ALIPAY_PATHS.cardsPanel, panelDocument);
  return app;
}

import { describe, expect, it } from 'vitest';
import { SEEDED_SECRETS, STEP_IDS } from '../../mock-site/journey-steps';
import { LABELS } from '../../mock-site/labels';
import { createMockSite } from '../../mock-site/server';
import { findLink } from './support/html-query';
import { HTTP_SECRETS, ORIGINS, walkHttpJourney } from './support/http-journey';
import { HttpShopper } from './support/http-shopper';
import { seededShopper } from './support/seeded-shopper';

const L = LABELS.en;

interface State {
  sid: string;
  stepsDone: string[];
  cards: { brand: string; last4: string; isDefault: boolean }[];
  mailbox: { count: number };
  options: {
    cardsDelayMs: number;
    relabel: Record<string, string>;
    hide: string[];
    style: 'plain' | 'components';
  };
  clockOffsetMs: number;
}

function postOptions(shopper: HttpShopper, body: string): Promise<Response> {
  return shopper.fetch(`${ORIGINS.alipay}/__mock/options`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [String(value)];
}

describe('/__mock/ endpoints', () => {
  it('seeds each step, cumulatively, in the session of this cookie', async () => {
    const shopper = new HttpShopper(createMockSite());
    for (const [index, step] of STEP_IDS.entries()) {
      const seeded = await shopper.json<State & { ok: boolean }>(
        `${ORIGINS.alipay}/__mock/seed?step=${step}`,
      );
      expect(seeded.ok).toBe(true);
      expect(seeded.stepsDone).toEqual(STEP_IDS.slice(0, index + 1));
    }
    const state = await shopper.json<State>(`${ORIGINS.alipay}/__mock/state`);
    expect(state.cards).toEqual([{ brand: 'visa', last4: '4242', isDefault: true }]);
    const none = await shopper.json<State>(`${ORIGINS.alipay}/__mock/seed?step=none`);
    expect(none).toMatchObject({ sid: state.sid, stepsDone: [], cards: [] });
    const bad = await shopper.fetch(`${ORIGINS.alipay}/__mock/seed?step=everything`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });

  it('seeds a PIN the shopper can use: 123456', async () => {
    const { shopper } = await seededShopper('set-pin');
    const form = await shopper.open(`${ORIGINS.alipay}/cards?form=open`);
    const linked = await shopper.submit(form, L.linkCard, {
      [L.cardNumber]: '378282246310005',
      [L.expiryDate]: '12/30',
      [L.cvv]: '1234',
      [L.cardholderName]: 'J C',
      [L.paymentPin]: SEEDED_SECRETS.pin,
    });
    expect(linked.text).toContain(`${L.cardLinked} American Express •••• 0005`);
  });

  it('joins another host to a session by sid, and resets it in place', async () => {
    const { shopper, sid } = await seededShopper('verify-email');
    expect((await shopper.json<State>(`${ORIGINS.mail}/__mock/state`)).sid).toBe(sid);
    const unknown = await shopper.fetch(`${ORIGINS.mail}/__mock/join?sid=nope`);
    expect(unknown.status).toBe(404);

    const reset = await shopper.json<State>(`${ORIGINS.mail}/__mock/reset`, { method: 'POST' });
    expect(reset).toMatchObject({ sid, stepsDone: [], mailbox: { count: 0 } });
    expect((await shopper.json<State>(`${ORIGINS.aliexpress}/__mock/reset`)).sid).toBe(sid);
  });

  it('never shows the card number, CVV, PIN, password or answer in the state', async () => {
    const shopper = new HttpShopper(createMockSite());
    await walkHttpJourney(shopper, 'en');
    const state = await shopper.json<State>(`${ORIGINS.aliexpress}/__mock/state`);
    expect(state.stepsDone).toHaveLength(5);
    const all = strings(state);
    const joined = JSON.stringify(state).toLowerCase();
    for (const secret of [
      HTTP_SECRETS.cardNumber,
      HTTP_SECRETS.cardNumber.replace(/ /g, ''),
      HTTP_SECRETS.pin,
      HTTP_SECRETS.password,
      HTTP_SECRETS.answer,
    ]) {
      expect(joined).not.toContain(secret.toLowerCase());
    }
    // Three digits can turn up inside a timestamp; the CVV must not be a value of its own.
    expect(all).not.toContain(HTTP_SECRETS.cvv);
    for (const word of ['cvv', 'hash', 'scrypt', 'password', '"pin":', 'answer'])
      expect(joined).not.toContain(word);
  });

  it('sets test switches: cardsDelayMs, relabel, hide', async () => {
    const { shopper } = await seededShopper('set-pin');
    const set = await postOptions(
      shopper,
      JSON.stringify({
        cardsDelayMs: 1234,
        relabel: { 'Link card': 'Add card', 'Mis pedidos': 'Pedidos' },
        hide: ['Manage your cards', 'Eliminar', 'My AliPay account'],
      }),
    );
    expect(set.status).toBe(200);
    const cards = await shopper.open(`${ORIGINS.alipay}/cards`);
    expect(cards.html).toContain('>Add card</button>');
    expect(cards.html).not.toContain(L.linkCard);
    const profile = await shopper.open(`${ORIGINS.alipay}/profile`);
    expect(findLink(profile.html, L.manageYourCards)).toBeUndefined();
    const account = await shopper.open(`${ORIGINS.aliexpress}/account`);
    expect(findLink(account.html, L.myAlipayAccount)).toBeUndefined();
    const list = await shopper.open(`${ORIGINS.aliexpress}/account/cards`);
    expect(list.html).toContain('"delayMs":1234');
    expect(list.html).toContain('"showDelete":false');
    expect(list.html).toContain('"showUse":true');
    const es = await shopper.open(`${ORIGINS.aliexpress}/orders?lang=es`);
    expect(findLink(es.html, 'Pedidos')).toBeDefined();
    expect(es.html).not.toContain('Mis pedidos');

    const read = await shopper.json<{ options: State['options'] }>(
      `${ORIGINS.mail}/__mock/options`,
    );
    expect(read.options.cardsDelayMs).toBe(1234);
    expect((await shopper.json<State>(`${ORIGINS.mail}/__mock/reset`)).options).toEqual({
      cardsDelayMs: 400,
      relabel: {},
      hide: [],
      style: 'plain',
    });
  });

  it('renders pages as components when asked: a script turns banners into shadow-root toasts', async () => {
    const { shopper } = await seededShopper('none');
    const plain = await shopper.open(`${ORIGINS.alipay}/connect`);
    expect(plain.html).not.toContain('site-toast');
    expect((await postOptions(shopper, JSON.stringify({ style: 'components' }))).status).toBe(200);
    const styled = await shopper.open(`${ORIGINS.alipay}/connect`);
    expect(styled.html).toContain("customElements.define('site-toast'");
    expect(styled.html).toContain('aria-hidden');
  });

  it('answers bad options with 400 and a JSON error', async () => {
    const { shopper } = await seededShopper('none');
    for (const body of [
      '{not json',
      '',
      '[]',
      '{"cardsDelayMs":-1}',
      '{"cardsDelayMs":"5"}',
      '{"colour":"red"}',
      '{"hide":"Save"}',
      '{"relabel":{"Save":5}}',
    ]) {
      const res = await postOptions(shopper, body);
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toMatchObject({ ok: false, error: expect.any(String) });
    }
  });

  it('advances the session clock on request', async () => {
    const { shopper } = await seededShopper('none');
    const first = await shopper.json<State>(`${ORIGINS.alipay}/__mock/clock?advanceMs=5`);
    expect(first.clockOffsetMs).toBe(5);
    const second = await shopper.json<State>(`${ORIGINS.mail}/__mock/clock?advanceMs=600001`, {
      method: 'POST',
    });
    expect(second.clockOffsetMs).toBe(600006);
    for (const bad of ['abc', '-1', '1.5', '1e20']) {
      const res = await shopper.fetch(`${ORIGINS.alipay}/__mock/clock?advanceMs=${bad}`);
      expect(res.status, bad).toBe(400);
    }
  });
});

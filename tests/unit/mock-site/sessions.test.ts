import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../mock-site/labels';
import {
  createMockSite,
  DEFAULT_PORT,
  type RunningMockSite,
  startMockSite,
} from '../../mock-site/server';
import { linkHref } from './support/html-query';
import { ORIGINS } from './support/http-journey';
import { HttpShopper } from './support/http-shopper';
import { seededShopper } from './support/seeded-shopper';

interface State {
  sid: string;
  stepsDone: string[];
  cards: unknown[];
}

/** A GET over a real socket to `address`, naming the site in the Host header as a browser would. */
function getVia(
  address: string,
  port: number,
  host: string,
  path = '/',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: address, port, path, headers: { host: `${host}:${port}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('sessions', () => {
  it('keeps two browsers apart', async () => {
    const app = createMockSite();
    const { shopper: a } = await seededShopper('link-card', { app });
    const b = new HttpShopper(app);
    const bHome = await b.open(`${ORIGINS.aliexpress}/`);
    expect(bHome.status).toBe(200);
    const aState = await a.json<State>(`${ORIGINS.aliexpress}/__mock/state`);
    const bState = await b.json<State>(`${ORIGINS.aliexpress}/__mock/state`);
    expect(aState.sid).not.toBe(bState.sid);
    expect(aState.cards).toHaveLength(1);
    expect(bState).toMatchObject({ stepsDone: [], cards: [] });

    await b.fetch(`${ORIGINS.aliexpress}/__mock/reset`, { method: 'POST' });
    expect((await a.json<State>(`${ORIGINS.aliexpress}/__mock/state`)).cards).toHaveLength(1);
  });

  it('carries the session to AliPay through a one-time token, and only once', async () => {
    const app = createMockSite();
    const shopper = new HttpShopper(app);
    const account = await shopper.open(`${ORIGINS.aliexpress}/account`);
    const href = linkHref(account.html, LABELS.en.myAlipayAccount);
    expect(href).toMatch(/^http:\/\/alipay\.localhost\/\?token=[\w-]+&lang=en$/);

    const connect = await shopper.open(href);
    // The spent token is dropped from the address; the language is kept.
    expect(new URL(connect.url).pathname).toBe('/connect');
    expect(new URL(connect.url).search).toBe('?lang=en');
    const store = await shopper.json<State>(`${ORIGINS.aliexpress}/__mock/state`);
    const pay = await shopper.json<State>(`${ORIGINS.alipay}/__mock/state`);
    expect(pay.sid).toBe(store.sid);
    expect(shopper.cookie('alipay.localhost', 'mock_sid')).toBe(store.sid);

    // The same link in another browser does not hand over the session.
    const other = new HttpShopper(app);
    await other.open(href);
    expect((await other.json<State>(`${ORIGINS.alipay}/__mock/state`)).sid).not.toBe(store.sid);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie per host', async () => {
    const res = await createMockSite().request(`${ORIGINS.mail}/`);
    expect(res.headers.get('set-cookie')).toMatch(
      /^mock_sid=[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });
});

describe('the server on a real port', () => {
  let site: RunningMockSite;
  beforeAll(async () => {
    site = await startMockSite({ port: 0 });
  });
  afterAll(() => site.close());

  it('picks a free port and names the three origins', () => {
    expect(DEFAULT_PORT).toBe(5177);
    expect(site.port).toBeGreaterThan(0);
    expect(site.origin('alipay')).toBe(`http://alipay.localhost:${site.port}`);
  });

  it('answers on IPv4 and IPv6 loopback, routing by Host header', async () => {
    for (const address of ['127.0.0.1', '::1']) {
      const store = await getVia(address, site.port, 'aliexpress.localhost');
      expect(store.status, address).toBe(200);
      expect(store.body).toContain(LABELS.en.helloShopper);
      const pay = await getVia(address, site.port, 'alipay.localhost', '/connect');
      expect(pay.body).toContain(LABELS.en.connectHeading);
      const mail = await getVia(address, site.port, 'mail.localhost');
      expect(mail.body).toContain('ExampleMail');
      const unknown = await getVia(address, site.port, 'example.com');
      expect(unknown.status).toBe(404);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LABELS } from '../../mock-site/labels';
import { SITE_TEXT } from '../../mock-site/site-text';
import { headings } from './support/html-query';
import { ORIGINS } from './support/http-journey';
import { seededShopper } from './support/seeded-shopper';

const L = LABELS.en;

describe('mock site robustness', () => {
  it('answers malformed form posts with the spec errors, never a 500', async () => {
    const { shopper } = await seededShopper('set-pin');
    const bodies: { type: string; body: string }[] = [
      {
        type: 'multipart/form-data; boundary=xyz',
        body: '--xyz\r\nContent-Disposition: garbage\r\n\r\n',
      },
      { type: 'multipart/form-data', body: 'no boundary at all' },
      { type: 'application/json', body: '{"number":"4242424242424242"}' },
      { type: 'application/x-www-form-urlencoded', body: 'number=%E0%A4%A&pin=%ZZ&&=&number[]=1' },
      { type: 'text/plain', body: '\u0000\u0001' },
    ];
    for (const { type, body } of bodies) {
      const res = await shopper.fetch(`${ORIGINS.alipay}/cards`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(res.status, type).toBe(422);
      expect(await res.text(), type).toContain(L.checkCardNumber);
    }
    const security = await shopper.fetch(`${ORIGINS.alipay}/verify-email`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=--' },
      body: '----\r\n\r\n',
    });
    expect(security.status).toBeLessThan(500);
  });

  it('refuses bodies over 16 KB with 413, with or without a Content-Length', async () => {
    const { shopper } = await seededShopper('set-pin');
    const big = `number=${'4'.repeat(17 * 1024)}`;
    const res = await shopper.fetch(`${ORIGINS.alipay}/cards`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: big,
    });
    expect(res.status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(1024).fill(65));
        controller.close();
      },
    });
    const chunked = await shopper.fetch(`${ORIGINS.aliexpress}/__mock/options`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    const fine = await shopper.fetch(`${ORIGINS.alipay}/cards`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `holder=${'a'.repeat(15 * 1024)}`,
    });
    expect(fine.status).toBe(422);
  });

  it('answers unknown hosts and paths with a 404 page', async () => {
    const { shopper } = await seededShopper('none', { acceptLanguage: 'es' });
    for (const url of [
      `${ORIGINS.aliexpress}/nope`,
      `${ORIGINS.alipay}/cards/../../etc/passwd`,
      `${ORIGINS.mail}/message/does-not-exist`,
      'http://evil.localhost/',
      'http://localhost/',
      'http://aliexpress.localhost.example.com/',
    ]) {
      const page = await shopper.open(url);
      expect(page.status, url).toBe(404);
      expect(page.html, url).toContain('<html lang="es">');
      expect(headings(page.html, 1), url).toEqual([SITE_TEXT.es.notFoundHeading]);
    }
    const mock = await shopper.fetch(`${ORIGINS.mail}/__mock/nothing`);
    expect(mock.status).toBe(404);
    expect(await mock.json()).toMatchObject({ ok: false });
  });
});

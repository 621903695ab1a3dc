import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@/utils/packs/parse-pack';
import type { Pack } from '@/utils/packs/pack-schema';

const read = (name: string) =>
  readFileSync(new URL(`../../../public/packs/${name}`, import.meta.url), 'utf8');

const minimal: Pack = {
  format: 'alipay-card-guide-pack',
  formatVersion: 1,
  id: 'minimal',
  name: 'Minimal',
  version: '1.0.0',
  author: 'Support',
};

/** Parses `minimal` with `patch` merged in (as JSON text, the way a file arrives). */
function errorsFor(patch: Record<string, unknown>) {
  const result = parsePack(JSON.stringify({ ...minimal, ...patch }));
  if (result.ok) throw new Error('expected a rejection');
  return result.errors;
}

describe('the shipped packs', () => {
  it.each(['example-pack.json', 'relabel-link-card.json'])('%s parses', (file) => {
    const result = parsePack(read(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('the example has English and Spanish texts with tips for all five steps', () => {
    const result = parsePack(read('example-pack.json'));
    if (!result.ok) throw new Error('example does not parse');
    const { pack } = result;
    expect(pack.id).toBe('example-support-pack');
    for (const step of ['sync', 'verify-email', 'set-pin', 'link-card', 'confirm-card'] as const) {
      for (const locale of ['en', 'es']) {
        expect(pack.steps?.[step]?.[locale]?.tips?.length ?? 0).toBeGreaterThan(0);
      }
    }
    expect(Object.values(pack.links ?? {})).toEqual(
      expect.arrayContaining(['https://www.aliexpress.com/', 'https://www.alipay.com/']),
    );
  });
});

describe('rejections name the JSON path and the problem', () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a todo over 400 characters',
      { steps: { 'verify-email': { es: { todo: 'x'.repeat(401) } } } },
      '$.steps["verify-email"].es.todo',
      /too long \(max 400 characters\)/,
    ],
    ['an unknown top-level key', { script: 'x' }, '$.script', /unknown key/],
    ['an unknown step', { steps: { pay: {} } }, '$.steps.pay', /unknown key/],
    [
      'an unknown field in a step text',
      { steps: { sync: { en: { html: 'x' } } } },
      '$.steps.sync.en.html',
      /unknown key/,
    ],
    [
      'an unknown label id',
      { labels: { buyNow: { en: 'Buy' } } },
      '$.labels.buyNow',
      /unknown key/,
    ],
    [
      'a bad locale',
      { labels: { linkCard: { English: 'Add card' } } },
      '$.labels.linkCard.English',
      /language tag/,
    ],
    [
      'markup in a tip',
      { steps: { sync: { en: { tips: ['<img src=x onerror=alert(1)>'] } } } },
      '$.steps.sync.en.tips[0]',
      /plain text/,
    ],
    ['a control character', { name: 'Tab\there' }, '$.name', /control characters/],
    [
      'a blank title',
      { steps: { sync: { en: { title: '   ' } } } },
      '$.steps.sync.en.title',
      /blank/,
    ],
    [
      'six tips',
      { steps: { sync: { en: { tips: ['a', 'b', 'c', 'd', 'e', 'f'] } } } },
      '$.steps.sync.en.tips',
      /too many items \(max 5\)/,
    ],
    [
      'an http link',
      { links: { sync: 'http://www.aliexpress.com/' } },
      '$.links.sync',
      /https link to AliExpress or AliPay/,
    ],
    [
      'a link to another site',
      { links: { 'link-card': 'https://alipay.com.example.net/' } },
      '$.links["link-card"]',
      /https link to AliExpress or AliPay/,
    ],
    [
      'a javascript: link',
      { links: { sync: 'javascript:alert(1)' } },
      '$.links.sync',
      /https link/,
    ],
    ['a bad id', { id: 'Not An Id' }, '$.id', /lowercase letters/],
    ['a bad version', { version: 'v1' }, '$.version', /version like 1\.0\.0/],
    ['a missing author', { author: undefined }, '$.author', /is required/],
    ['a number for a name', { name: 42 }, '$.name', /must be text/],
  ])('%s', (_name, patch, path, message) => {
    const errors = errorsFor(patch);
    expect(errors).toContainEqual(
      expect.objectContaining({ path, message: expect.stringMatching(message) }),
    );
  });

  it('an unknown formatVersion names the supported one', () => {
    expect(errorsFor({ formatVersion: 2 })).toEqual([
      expect.objectContaining({
        path: '$.formatVersion',
        message: expect.stringMatching(/reads formatVersion 1/),
      }),
    ]);
  });

  it('another kind of file is not a pack', () => {
    expect(errorsFor({ format: 'alipay-card-guide-report' })[0]?.path).toBe('$.format');
    expect(parsePack('[]')).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '$', message: expect.any(String) })],
    });
  });

  it('rejects more than 64 KB before parsing', () => {
    const big = JSON.stringify({ ...minimal, name: 'x'.repeat(70_000) });
    expect(parsePack(big)).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ path: '$', message: expect.stringMatching(/too large .*64 KB/) }),
      ],
    });
  });

  it('counts bytes, not characters', () => {
    // 22 000 three-byte characters: 22 000 UTF-16 units, 66 000 UTF-8 bytes.
    const result = parsePack(JSON.stringify({ ...minimal, author: '€'.repeat(22_000) }));
    expect(result.ok || result.errors[0]?.message).toMatch(/too large/);
  });

  it('rejects broken JSON with a path', () => {
    expect(parsePack('{"format": ')).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ path: '$', message: expect.stringMatching(/not valid JSON/) }),
      ],
    });
  });

  it('bounds the walk of an already-parsed value: sparse lists, many keys, big strings', () => {
    const sparse = parsePack({
      ...minimal,
      steps: { sync: { en: { tips: new Array<string>(1e9) } } },
    });
    expect(sparse).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          path: '$.steps.sync.en.tips[0]',
          message: 'is not JSON data (a gap in a list)',
        }),
      ],
    });
    const manyKeys = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    const wide = parsePack({ ...minimal, ...manyKeys });
    expect(wide.ok || wide.errors[0]?.message).toMatch(/at most 5000 values/);
    const big = parsePack({ ...minimal, name: 'x'.repeat(70_000) });
    expect(big).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: '$', message: expect.stringMatching(/too large/) })],
    });
  });

  it('rejects too many values and too deep nesting', () => {
    const wide = parsePack({
      ...minimal,
      steps: { sync: { en: { tips: Array(6000).fill('a') } } },
    });
    expect(wide.ok || wide.errors[0]?.message).toMatch(/at most 5000 values/);
    let deep: unknown = 'x';
    for (let i = 0; i < 50; i++) deep = { a: deep };
    const nested = parsePack({ ...minimal, steps: deep });
    expect(nested.ok || nested.errors[0]?.message).toMatch(/nested too deeply/);
  });
});

describe('hostile keys and values', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'rejects %s at any depth, with its path',
    (key) => {
      const text = `{"format":"alipay-card-guide-pack","formatVersion":1,"id":"x1","name":"n","version":"1.0.0","author":"a","steps":{"sync":{"en":{"${key}":{"polluted":true}}}}}`;
      expect(parsePack(text)).toEqual({
        ok: false,
        errors: [
          expect.objectContaining({
            path: `$.steps.sync.en.${key}`,
            message: `forbidden key "${key}"`,
          }),
        ],
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('walks own keys of an already-parsed value', () => {
    const value = JSON.parse(`{"labels":{"__proto__":{"en":"x"}}}`) as Record<string, unknown>;
    const result = parsePack({ ...minimal, ...value });
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ path: '$.labels.__proto__', message: 'forbidden key "__proto__"' }),
    ]);
  });

  it('never runs a getter and refuses non-data values', () => {
    let ran = false;
    const withGetter = { ...minimal };
    Object.defineProperty(withGetter, 'name', { enumerable: true, get: () => ((ran = true), 'n') });
    expect(parsePack(withGetter).ok).toBe(false);
    expect(ran).toBe(false);
    expect(parsePack({ ...minimal, name: new String('n') })).toMatchObject({
      ok: false,
      errors: [{ path: '$.name' }],
    });
    expect(parsePack({ ...minimal, version: () => '1.0.0' })).toMatchObject({
      ok: false,
      errors: [{ path: '$.version' }],
    });
    expect(parsePack({ ...minimal, [Symbol('s')]: 1 })).toMatchObject({ ok: false });
    expect(parsePack({ ...minimal, formatVersion: Number.NaN })).toMatchObject({ ok: false });
  });

  it('returns a pack that shares nothing with the input', () => {
    const input = { ...minimal, steps: { sync: { en: { tips: ['a'] } } } };
    const result = parsePack(input);
    if (!result.ok) throw new Error('expected a pack');
    input.steps.sync.en.tips.push('b');
    expect(result.pack.steps?.sync?.en?.tips).toEqual(['a']);
  });
});

describe("what a pack's texts may say (issues #12 and #10), at the JSON path", () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'an English tip asking for the PIN',
      { steps: { 'set-pin': { en: { tips: ['Keep your PIN safe.', 'Send us your PIN.'] } } } },
      '$.steps["set-pin"].en.tips[1]',
      /must not ask for a PIN, password, code or card number/,
    ],
    [
      'a Spanish instruction asking for the card number',
      { steps: { 'link-card': { es: { todo: 'Escribe tu número de tarjeta en el chat.' } } } },
      '$.steps["link-card"].es.todo',
      /must not ask for a PIN/,
    ],
    [
      'a phone number in a title',
      { steps: { sync: { es: { title: 'Llama al +34 600 123 456' } } } },
      '$.steps.sync.es.title',
      /must not contain a phone number/,
    ],
    [
      'an email address in a tip of another locale',
      { steps: { 'verify-email': { 'pt-BR': { tips: ['Escreva para ajuda@suporte.example'] } } } },
      '$.steps["verify-email"]["pt-BR"].tips[0]',
      /must not contain an email address/,
    ],
    [
      'a foreign web address in the name',
      { name: 'Help from evil.example' },
      '$.name',
      /web address outside AliExpress and AliPay/,
    ],
    [
      'a link in the author',
      { author: 'https://support.example.net' },
      '$.author',
      /web address outside AliExpress and AliPay/,
    ],
    [
      'a phone number in a label wording',
      { labels: { linkCard: { en: 'Call 555 123 4567' } } },
      '$.labels.linkCard.en',
      /must not contain a phone number/,
    ],
    [
      'a two-letter evidence wording',
      { labels: { cardLinked: { en: 'OK' } } },
      '$.labels.cardLinked.en',
      /too short for a wording the guide decides by/,
    ],
    [
      'an error wording of digits only',
      { labels: { pinIncorrect: { es: '1234' } } },
      '$.labels.pinIncorrect.es',
      /at least 4 letters or digits, one of them a letter/,
    ],
    [
      'a short wording of the page evidence must be seen on',
      { labels: { manageCards: { 'pt-BR': '...' } } },
      '$.labels.manageCards["pt-BR"]',
      /too short/,
    ],
  ])('%s', (_name, patch, path, message) => {
    expect(errorsFor(patch)).toContainEqual(
      expect.objectContaining({ path, message: expect.stringMatching(message) }),
    );
  });

  it('accepts warnings about secrets, links to the two sites and short wordings nothing decides by', () => {
    const result = parsePack({
      ...minimal,
      name: 'Support for aliexpress.com',
      steps: {
        'set-pin': {
          en: { tips: ['Never share your PIN.', 'Keep your password safe.'] },
          es: { tips: ['Nunca compartas tu PIN.', 'No envíes tu contraseña a nadie.'] },
        },
        'link-card': { en: { todo: 'Open https://www.alipay.com/ and press “Link card”.' } },
      },
      labels: { save: { en: 'OK' }, cardLinked: { en: 'Card added' } },
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('reports shape problems and text problems together', () => {
    const errors = errorsFor({
      id: 'Bad Id',
      steps: { sync: { en: { todo: 'Tell us your PIN' } } },
    });
    expect(errors.map((e) => e.path)).toEqual(['$.id', '$.steps.sync.en.todo']);
  });
});

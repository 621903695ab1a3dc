/**
 * The illustrated guide's pure parts (`npm run guide`): texts from the
 * catalogue and a pack, and the HTML they become. Pack text is data: it is
 * escaped wherever it lands, however it got past the pack parser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/utils/packs/pack-schema';
import {
  guideTexts,
  message,
  screenshotAlt,
  type Catalogue,
} from '../../harness/illustrated-guide/guide-texts';
import { loadPack, PackError } from '../../harness/illustrated-guide/load-pack';
import {
  escapeHtml,
  renderGuideHtml,
  type GuideImage,
} from '../../harness/illustrated-guide/render-html';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const readJson = async <T>(...parts: string[]) =>
  JSON.parse(await readFile(path.join(ROOT, ...parts), 'utf8')) as T;
const en = await readJson<Catalogue>('public/_locales/en/messages.json');
const es = await readJson<Catalogue>('public/_locales/es/messages.json');
const EXAMPLE_PACK = path.join(ROOT, 'public/packs/example-pack.json');

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const image = (step: GuideImage['step'], alt: string): GuideImage => ({
  step,
  png: PNG,
  alt,
  width: 1280,
  height: 800,
});

/** A pack object as a careless caller might build it, bypassing parsePack's plain-text rule. */
const hostilePack = {
  format: 'alipay-card-guide-pack',
  formatVersion: 1,
  id: 'hostile',
  name: 'Evil <b>pack</b> & "friends"',
  version: '1.0.0',
  author: 'x',
  steps: {
    'link-card': {
      en: {
        title: '<script>alert(1)</script>',
        todo: 'Press <img src=x onerror=alert(1)> "now" & \'then\'',
        tips: ['</li><script>steal()</script>', 'Use $& and $1 literally'],
      },
    },
  },
} as unknown as Pack;

describe('guide texts', () => {
  it('takes titles, instructions, reasons and advice from the catalogue, in order', () => {
    const texts = guideTexts({ lang: 'es', catalogues: { lang: es, en } });
    expect(texts.steps.map((s) => s.step)).toEqual([
      'sync',
      'verify-email',
      'set-pin',
      'link-card',
      'confirm-card',
    ]);
    expect(texts.steps[3]).toMatchObject({
      count: 'Paso 4 de 5',
      title: 'Vincula tu tarjeta en AliPay',
      why: es.why_link_card!.message,
      tips: [],
    });
    expect(texts.advice).toEqual([
      es.adviceComputer!.message,
      es.advicePin!.message,
      es.adviceEdit!.message,
      es.adviceNoAlternatives!.message,
    ]);
    expect(texts.packNote).toBeUndefined();
  });

  it('lets a pack override title, instructions and tips per step, keeping the rest', async () => {
    const pack = await loadPack(EXAMPLE_PACK);
    const texts = guideTexts({ lang: 'en', catalogues: { lang: en, en }, pack });
    const [sync, verify, setPin] = texts.steps;
    expect(verify?.title).toBe('Confirm your email address');
    expect(verify?.todo).toBe(en.step_verify_email_todo!.message);
    expect(sync?.title).toBe(en.step_sync_title!.message);
    expect(sync?.todo).toMatch(
      /^On AliExpress, open “My AliExpress”, choose “My AliPay account” and press/,
    );
    expect(setPin?.tips).toContain(
      'The payment PIN is exactly six digits, typed twice the same way.',
    );
    expect(texts.packNote).toContain('Example support pack');
  });

  it('falls back: a pack without the language gives English tips, a missing key gives English', async () => {
    const pack = await loadPack(EXAMPLE_PACK);
    // German: neither the pack nor the (here, empty) catalogue has it.
    const de = guideTexts({ lang: 'de', catalogues: { lang: {}, en }, pack });
    expect(de.steps[0]?.title).toBe(en.step_sync_title!.message);
    expect(de.steps[1]?.title).toBe('Confirm your email address');
    expect(de.adviceTitle).toBe(en.adviceTitle!.message);
    // Regional Spanish picks the pack's Spanish entry whole.
    const mx = guideTexts({ lang: 'es-MX', catalogues: { lang: es, en }, pack });
    expect(mx.steps[1]?.title).toBe('Confirma tu dirección de correo');
    expect(mx.tipsLabel).toBe('Consejos');
  });

  it('substitutes placeholders like browser.i18n', () => {
    expect(message({ lang: en, en }, 'stepOfTotal', ['3'])).toBe('Step 3 of 5');
    expect(message({ lang: es, en }, 'no_such_key')).toBe('no_such_key');
  });

  it('describes each screenshot by step, site and control', () => {
    const texts = guideTexts({ lang: 'en', catalogues: { lang: en, en } });
    expect(screenshotAlt('en', texts.steps[3]!, 'AliPay', 'Link card')).toBe(
      'Step 4 of 5, Link your card on AliPay: the AliPay page, where the guide highlights “Link card” and says what to do.',
    );
  });
});

describe('guide HTML', () => {
  it('escapes every pack text: no raw markup ever appears', () => {
    const texts = guideTexts({ lang: 'en', catalogues: { lang: en, en }, pack: hostilePack });
    const html = renderGuideHtml(texts, [image('link-card', 'A "quoted" <alt>')]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;now&quot; &amp; &#39;then&#39;');
    expect(html).toContain('Use $&amp; and $1 literally');
    expect(html).toContain('Evil &lt;b&gt;pack&lt;/b&gt; &amp; &quot;friends&quot;');
    expect(html).toContain('alt="A &quot;quoted&quot; &lt;alt&gt;"');
  });

  it('is one self-contained document: lang, headings in order, inlined images', () => {
    const texts = guideTexts({ lang: 'es', catalogues: { lang: es, en } });
    const html = renderGuideHtml(texts, [image('sync', 'uno'), image('confirm-card', 'cinco')]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).not.toMatch(/<(link|script)\b|\b(src|href)="(?!data:)/);
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(html).toContain(`base64,${Buffer.from(PNG).toString('base64')}"`);
    const headings = [...html.matchAll(/<h(\d)[^>]*>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      `1 ${es.popupTitle!.message}`,
      `2 ${es.adviceTitle!.message}`,
      ...texts.steps.map((s) => `2 ${escapeHtml(s.title)}`),
    ]);
  });
});

describe('loading a pack', () => {
  it('lists every problem of a bad pack with its path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agc-guide-pack-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'alipay-card-guide-pack', formatVersion: 1, id: 'X' }),
    );
    const error = await loadPack(file).catch((e: unknown) => e);
    rmSync(dir, { recursive: true });
    expect(error).toBeInstanceOf(PackError);
    const { errors, message: text } = error as PackError;
    expect(errors.length).toBeGreaterThan(1);
    expect(errors.map((e) => e.path)).toContain('$.id');
    expect(text).toContain(`The pack ${file} was not used:`);
    expect(text).toMatch(/\$\.id: /);
  });

  it('says so when the file cannot be read', async () => {
    const error = (await loadPack('/nonexistent/pack.json').catch((e: unknown) => e)) as PackError;
    expect(error.errors).toEqual([
      { path: '$', message: expect.stringContaining('cannot be read') },
    ]);
  });
});

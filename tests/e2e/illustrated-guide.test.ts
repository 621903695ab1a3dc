/**
 * `npm run guide` (issue #6): the built extension walks the mock site in
 * Chromium and the tool writes, per language, five screenshots, a
 * self-contained HTML guide and its PDF. Runs the tool in-process on the
 * existing build (the e2e command builds first).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../utils/flow/steps';
import { generateGuide, type GuideFiles } from '../harness/illustrated-guide/generate-guide';
import type { Catalogue } from '../harness/illustrated-guide/guide-texts';
import { escapeHtml } from '../harness/illustrated-guide/render-html';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const outDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'agc-guide-'));
  outDirs.push(dir);
  return dir;
}

async function catalogue(lang: string): Promise<Catalogue> {
  return JSON.parse(
    await readFile(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'),
  ) as Catalogue;
}

const stepTitleKey = (step: string) => `step_${step.replace(/-/g, '_')}_title`;

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run guide', () => {
  let files: GuideFiles[];

  beforeAll(async () => {
    files = await generateGuide({ outDir: tempDir(), build: false });
  }, 180_000);

  it('writes both languages', () => {
    expect(files.map((f) => f.lang)).toEqual(['en', 'es']);
  });

  describe.each(['en', 'es'] as const)('%s', (lang) => {
    const mine = () => files.find((f) => f.lang === lang)!;

    it('photographs five steps: real 1280×800 PNGs, named by step', async () => {
      const { pngs } = mine();
      expect(pngs.map((p) => path.basename(p))).toEqual(
        STEP_IDS.map((step, i) => `step-${i + 1}-${step}-${lang}.png`),
      );
      for (const file of pngs) {
        const png = await readFile(file);
        expect(png.subarray(0, 8).equals(PNG_SIGNATURE), file).toBe(true);
        // IHDR: width and height right after the chunk header.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
        expect(png.length, file).toBeGreaterThan(15_000);
      }
    });

    it('writes a self-contained HTML guide with the step titles and the advice', async () => {
      const html = await readFile(mine().html, 'utf8');
      const texts = await catalogue(lang);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(5);
      expect(html).not.toMatch(/<(script|link)\b/);
      const titlesAt = STEP_IDS.map((step) =>
        html.indexOf(`>${escapeHtml(texts[stepTitleKey(step)]!.message)}</h2>`),
      );
      expect(titlesAt.every((at) => at > 0)).toBe(true);
      expect([...titlesAt].sort((a, b) => a - b)).toEqual(titlesAt);
      for (const key of ['advicePin', 'adviceEdit', 'adviceNoAlternatives']) {
        expect(html, key).toContain(escapeHtml(texts[key]!.message));
      }
      expect(html).toContain(
        lang === 'en' ? 'Keep your six-digit payment PIN safe' : 'No hay alternativa a AliPay',
      );
      for (const alt of html.matchAll(/alt="([^"]*)"/g)) expect(alt[1]!.length).toBeGreaterThan(40);
    });

    it('prints the guide to a multi-page PDF', async () => {
      const { pdf } = mine();
      const bytes = await readFile(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await stat(pdf)).size).toBeGreaterThan(20 * 1024);
      // Five 1280×800 pictures cannot fit on two A4 pages.
      expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(3);
    });
  });
});

describe('npm run guide -- --pack', () => {
  it('takes the texts and tips from the pack', async () => {
    const [es] = await generateGuide({
      outDir: tempDir(),
      build: false,
      langs: ['es'],
      packFile: path.join(ROOT, 'public/packs/example-pack.json'),
    });
    const html = await readFile(es!.html, 'utf8');
    expect(html).toContain('>Confirma tu dirección de correo</h2>');
    expect(html).toContain(
      'Apunta el PIN en un lugar seguro: lo necesitarás para añadir cualquier tarjeta.',
    );
    expect(html).toContain('<h3>Consejos</h3>');
    expect(html).toContain('Example support pack');
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(5);
  }, 120_000);
});

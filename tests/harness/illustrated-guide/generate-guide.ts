/**
 * `generateGuide`: everything `npm run guide` does, callable in-process (the
 * e2e test does). Per language: Chromium with the built extension walks the
 * mock site, one screenshot per step; then an HTML guide with the pictures
 * inlined, and the same document printed to PDF by Chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { CHROME_BUILD, launchWithExtension } from '../extension';
import { startMockSite } from '../../mock-site/server';
import { captureSteps, type Lang } from './capture-steps';
import { guideTexts, screenshotAlt, type Catalogue } from './guide-texts';
import { loadPack } from './load-pack';
import { renderGuideHtml } from './render-html';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const LANGS: readonly Lang[] = ['en', 'es'];

export interface GuideOptions {
  /** Where the files go (created if missing). */
  outDir: string;
  langs?: readonly Lang[];
  /** A guidance pack whose texts replace the built-in ones. */
  packFile?: string;
  /** Run `npx wxt build` first (default true). */
  build?: boolean;
  log?: (line: string) => void;
}

export interface GuideFiles {
  lang: Lang;
  html: string;
  pdf: string;
  pngs: string[];
}

export async function generateGuide(options: GuideOptions): Promise<GuideFiles[]> {
  const log = options.log ?? (() => {});
  // A bad pack stops the tool before anything slow happens.
  const pack = options.packFile ? await loadPack(options.packFile) : null;
  if (options.build ?? true) buildExtension(log);
  const outDir = path.resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const english = await readCatalogue('en');
  const site = await startMockSite({ port: 0 });
  const written: GuideFiles[] = [];
  try {
    for (const lang of options.langs ?? LANGS) {
      log(`Photographing the five steps in ${lang}…`);
      const texts = guideTexts({
        lang,
        catalogues: { lang: await readCatalogue(lang), en: english },
        pack,
      });
      const ext = await launchWithExtension('chromium', { lang });
      try {
        const shots = await captureSteps(ext, site, lang);
        const pngs: string[] = [];
        for (const [index, shot] of shots.entries()) {
          const file = path.join(outDir, `step-${index + 1}-${shot.step}-${lang}.png`);
          await writeFile(file, shot.png);
          pngs.push(file);
        }
        const images = shots.map((shot) => {
          const step = texts.steps.find((s) => s.step === shot.step)!;
          return { ...shot, alt: screenshotAlt(lang, step, shot.site, shot.controlName) };
        });
        const html = path.join(outDir, `guide-${lang}.html`);
        await writeFile(html, renderGuideHtml(texts, images));
        const pdf = path.join(outDir, `guide-${lang}.pdf`);
        await printToPdf(ext.browser, html, pdf);
        written.push({ lang, html, pdf, pngs });
      } finally {
        await ext.close();
      }
    }
  } finally {
    await site.close();
  }
  return written;
}

function buildExtension(log: (line: string) => void): void {
  log('Building the extension (npx wxt build)…');
  // Rollup's warnings about zod's comments are noise here; show them only when the build fails.
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('The build failed (output above): run "npx wxt build" to see why.');
  }
  log(`Built: ${CHROME_BUILD}`);
}

async function readCatalogue(lang: string): Promise<Catalogue> {
  const file = path.join(ROOT, 'public', '_locales', lang, 'messages.json');
  return JSON.parse(await readFile(file, 'utf8')) as Catalogue;
}

/** Chromium prints the HTML file itself, so the PDF is exactly what a reader of the HTML sees. */
async function printToPdf(browser: Browser, htmlFile: string, pdfFile: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.pdf({ path: pdfFile, format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

/**
 * Renders the symbols of icon-source.svg to PNG in Chromium, pixel for pixel:
 * a transparent page, device scale 1, one clip per size. Chromium draws the
 * SVG (no rasteriser package), the same engine that will show the icons.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../../harness/browsers';

export const SOURCE_SVG = path.join(import.meta.dirname, 'icon-source.svg');

/** Which symbol goes where: `<dir>/<size>.png` under the output folder. */
export const ICON_SETS = [
  // WXT lists public/icon/<size>.png in the manifest's `icons` by itself. At
  // 16 px (the tab's favicon) the tick of the full drawing is a smudge of four
  // pixels, so that size takes the small drawing.
  { symbol: 'toolbar', dir: 'icon', sizes: [16] },
  { symbol: 'app', dir: 'icon', sizes: [32, 48, 96, 128] },
  // wxt.config.ts names these as the toolbar button's `default_icon`.
  { symbol: 'toolbar', dir: 'toolbar', sizes: [16, 32] },
] as const;

export interface RenderedIcon {
  /** Relative to the output folder, e.g. `icon/16.png`. */
  file: string;
  size: number;
  png: Uint8Array;
}

const LARGEST = Math.max(...ICON_SETS.flatMap((set) => set.sizes));

/** The page: the source inline (off screen, for its symbols), then one `<use>` at 0,0. */
function pageHtml(svg: string): string {
  return `<!doctype html>
<style>
  html, body { margin: 0; background: transparent; }
  #source { position: absolute; left: -10000px; top: 0; }
  #target { display: block; }
</style>
<div id="source">${svg}</div>
<svg id="target" xmlns="http://www.w3.org/2000/svg"><use /></svg>`;
}

export async function renderIcons(): Promise<RenderedIcon[]> {
  const svg = (await readFile(SOURCE_SVG, 'utf8')).replace(/^<\?xml[^>]*>\s*/, '');
  for (const { symbol } of ICON_SETS) {
    if (!new RegExp(`<symbol[^>]*\\bid="${symbol}"`).test(svg)) {
      throw new Error(`${SOURCE_SVG} has no <symbol id="${symbol}">.`);
    }
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: LARGEST, height: LARGEST, deviceScaleFactor: 1 });
    await page.setContent(pageHtml(svg));
    const icons: RenderedIcon[] = [];
    for (const { symbol, dir, sizes } of ICON_SETS) {
      for (const size of sizes) {
        await page.evaluate(
          (id, px) => {
            const target = document.getElementById('target')!;
            const use = target.querySelector('use')!;
            for (const el of [target, use]) {
              el.setAttribute('width', String(px));
              el.setAttribute('height', String(px));
            }
            use.setAttribute('href', `#${id}`);
          },
          symbol,
          size,
        );
        const png = await page.screenshot({
          type: 'png',
          omitBackground: true,
          clip: { x: 0, y: 0, width: size, height: size },
        });
        icons.push({ file: `${dir}/${size}.png`, size, png });
      }
    }
    return icons;
  } finally {
    await browser.close();
  }
}

/**
 * The README's icon sheet (issue #14): the committed PNGs as a browser shows
 * them — the app icon at 16, 32, 48 and 128 px, and the toolbar icon on a light
 * and a dark toolbar, bare and with the progress badge. Taken at device scale 2 with `image-rendering: pixelated`,
 * so each icon pixel is a crisp 2 × 2 block rather than a blur.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import english from '../../../public/_locales/en/messages.json';
import { emptyProgress, reduceProgress } from '../../../utils/flow/progress';
import { STEP_IDS } from '../../../utils/flow/steps';
import { formatMessage } from '../../../utils/i18n/format-message';
import { toolbarBadge } from '../../../utils/toolbar/toolbar-badge';
import { launchChromium } from '../../harness/browsers';

/**
 * The badge as the extension sets it after 0, 3 and 5 steps (its real text and
 * colour, from toolbarBadge), drawn as Chrome draws a badge: headless browsers
 * have no toolbar to photograph.
 */
function badges(): { text: string; color: string }[] {
  const say = (key: string, subs?: string[]) => formatMessage(english, key, subs) ?? key;
  return [0, 3, 5].map((done) => {
    const progress = STEP_IDS.slice(0, done).reduce(
      (p, step) => reduceProgress(p, { type: 'mark-done', at: 1, step }),
      emptyProgress(),
    );
    return toolbarBadge(progress, say);
  });
}

const APP_SIZES = [128, 48, 32, 16];
const TOOLBAR_SIZES = [16, 32];
/** Toolbar colours: Firefox's light, Chrome's dark (the icons test checks all four). */
const TOOLBARS = [
  { name: 'Light toolbar', bg: '#f9f9fb', fg: '#15141a', field: '#ffffff' },
  { name: 'Dark toolbar', bg: '#202124', fg: '#e8eaed', field: '#35363a' },
];

async function dataUrl(file: string): Promise<string> {
  return `data:image/png;base64,${(await readFile(file)).toString('base64')}`;
}

async function sheetHtml(publicDir: string): Promise<string> {
  const img = async (dir: string, size: number) =>
    `<figure><img src="${await dataUrl(path.join(publicDir, dir, `${size}.png`))}"
      width="${size}" height="${size}" alt=""><figcaption>${size} px</figcaption></figure>`;
  const apps = await Promise.all(APP_SIZES.map((size) => img('icon', size)));
  const toolbars = await Promise.all(
    TOOLBARS.map(async (t) => {
      const icons = await Promise.all(TOOLBAR_SIZES.map((size) => img('toolbar', size)));
      const icon16 = await dataUrl(path.join(publicDir, 'toolbar', '16.png'));
      const badged = badges().map(
        (b) => `<figure><div class="button"><img src="${icon16}" width="16" height="16" alt="">
          <span class="badge" style="background:${b.color}">${b.text}</span></div>
          <figcaption>badge</figcaption></figure>`,
      );
      return `<section class="toolbar" style="background:${t.bg};color:${t.fg}">
        <h2>${t.name}</h2><div class="field" style="background:${t.field}"></div>${icons.join('')}${badged.join('')}
      </section>`;
    }),
  );
  return `<!doctype html>
<style>
  body { margin: 0; font: 12px/1.3 system-ui, sans-serif; color: #1b2430; background: #fff; }
  h2 { font-size: 12px; font-weight: 600; margin: 0 16px 0 0; width: 120px; }
  img { image-rendering: pixelated; display: block; }
  figure { margin: 0 16px 0 0; display: flex; flex-direction: column; align-items: center; gap: 4px; }
  figcaption { font-size: 10px; opacity: 0.75; }
  section { display: flex; align-items: flex-end; padding: 12px 16px; }
  .toolbar { align-items: center; }
  .field { flex: 1; height: 28px; border-radius: 14px; margin-right: 16px; }
  .button { position: relative; width: 28px; height: 28px; display: grid; place-items: center; }
  .badge { position: absolute; right: -4px; bottom: -2px; min-width: 10px; padding: 0 2px;
    font: 600 9px/11px system-ui, sans-serif; color: #fff; border-radius: 3px; text-align: center; }
</style>
<section><h2>Store and extensions page</h2>${apps.join('')}</section>
${toolbars.join('\n')}`;
}

/** Writes the sheet for the icons under `publicDir` to `file` (PNG). */
export async function captureIconSheet(publicDir: string, file: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 640, height: 200, deviceScaleFactor: 2 });
    await page.setContent(await sheetHtml(publicDir));
    await writeFile(file, await page.screenshot({ type: 'png', fullPage: true }));
  } finally {
    await browser.close();
  }
}

/**
 * `npm run screenshots`: the README's pictures of the on-page guide, taken in
 * Chromium with the built extension on the mock site, and its icon sheet. A
 * tool, not a test, so that running the tests never rewrites tracked files
 * (issue #9). `--only icons` retakes just the icon sheet, which needs neither
 * the build nor the mock site: `npx tsx tests/tools/screenshots/main.ts --only icons`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { StepId } from '../../../utils/flow/steps';
import { launchWithExtension } from '../../harness/extension';
import { GuidePage } from '../../harness/guide-page';
import { PopupPage } from '../../harness/popup-page';
import { setProgress } from '../../harness/progress';
import { openShop } from '../../harness/shopper';
import { startMockSite } from '../../mock-site/server';
import { captureIconSheet } from './icon-sheet';

const OUT = import.meta.dirname;

const SHOTS: {
  file: string;
  host: 'aliexpress' | 'alipay';
  pathname: string;
  done: StepId | null;
  control: string;
  name: string;
}[] = [
  {
    file: 'guide-my-aliexpress.png',
    host: 'aliexpress',
    pathname: '/account',
    done: null,
    control: 'myAliPayAccount',
    name: 'My AliPay account',
  },
  {
    file: 'guide-security.png',
    host: 'alipay',
    pathname: '/security',
    done: 'verify-email',
    control: 'save',
    name: 'Save',
  },
  {
    file: 'guide-link-card.png',
    host: 'alipay',
    pathname: '/cards',
    done: 'set-pin',
    control: 'linkCard',
    name: 'Link card',
  },
];

async function captureGuideShots(): Promise<void> {
  const site = await startMockSite({ port: 0 });
  const ext = await launchWithExtension('chromium');
  try {
    const popup = await PopupPage.open(ext);
    const shop = await openShop(ext);
    for (const shot of SHOTS) {
      await setProgress(popup.page, shot.done);
      await shop.goto(`${site.origin(shot.host)}/__mock/seed?step=${shot.done ?? 'none'}`);
      await shop.goto(`${site.origin(shot.host)}${shot.pathname}?lang=en`);
      // Only a picture of the guide pointing at the right control is worth keeping.
      await new GuidePage(shop).expectSpotlightOn(shot.control, shot.name);
      const file = path.join(OUT, shot.file);
      await shop.screenshot({ path: file });
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await ext.close();
    await site.close();
  }
}

const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;
if (only !== undefined && only !== 'icons') throw new Error(`--only takes "icons", not "${only}".`);

const sheet = path.join(OUT, 'icons.png');
await captureIconSheet(path.resolve(OUT, '../../../public'), sheet);
console.log(`Wrote ${path.relative(process.cwd(), sheet)}`);
if (only !== 'icons') await captureGuideShots();

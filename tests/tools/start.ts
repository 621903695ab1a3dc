/**
 * `npm start`: build the extension, start the mock site, and either open
 * Chromium with the extension at My AliExpress (a display is there), or walk
 * the whole journey headless and print the checklist after every step.
 *
 *   npm start               # headful when $DISPLAY / $WAYLAND_DISPLAY is set
 *   npm start -- --headless # walk the journey and print the checklist
 *   PORT=5200 npm start     # another port for the mock site
 */
import { spawnSync } from 'node:child_process';
import { assertBrowserVersion } from '../harness/check-browsers';
import { DEFAULT_PORT, startMockSite, type RunningMockSite } from '../mock-site/server';
import { findChromium, launchChromium } from '../harness/browsers';
import { CHROME_BUILD, launchWithExtension } from '../harness/extension';
import { statesAfter } from '../harness/expected-states';
import { walkJourney } from '../harness/journey';
import { PopupPage } from '../harness/popup-page';

const headless =
  process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const port = Number(process.env.PORT ?? DEFAULT_PORT);

function build(): void {
  console.log('Building the extension (Chrome MV3)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The build failed: run "npx wxt build" to see why.');
  console.log(`Built: ${CHROME_BUILD}`);
}

async function printChecklist(popup: PopupPage, heading: string): Promise<void> {
  const rows = await popup.page.$$eval('[data-step]', (items) =>
    items.map((li) => ({
      step: li.getAttribute('data-step') ?? '',
      state: li.getAttribute('data-state') ?? '',
      title: li.querySelector('.step-title')?.textContent ?? '',
      detail: li.querySelector('.step-state')?.textContent ?? '',
    })),
  );
  const mark = { done: '[x]', current: '[>]', pending: '[ ]' } as Record<string, string>;
  console.log(`\n${heading}`);
  for (const r of rows)
    console.log(`  ${mark[r.state] ?? '[?]'} ${r.step.padEnd(13)} ${r.title} (${r.detail})`);
}

async function walkHeadless(site: RunningMockSite): Promise<void> {
  console.log('\nNo display (or --headless): walking the journey as a shopper would.');
  const ext = await launchWithExtension('chromium');
  try {
    const popup = await PopupPage.open(ext);
    await printChecklist(popup, 'Before starting:');
    const shop = await ext.browser.newPage();
    await shop.setViewport({ width: 1280, height: 900 });
    await walkJourney(
      shop,
      { aliexpress: site.origin('aliexpress') },
      {
        onStep: async (step) => {
          await popup.waitForStates(statesAfter(step));
          await printChecklist(popup, `After "${step}" (on ${new URL(shop.url()).host}):`);
        },
      },
    );
    console.log('\nJourney complete: the checklist filled itself in.');
  } finally {
    await ext.close();
  }
}

async function openHeadful(site: RunningMockSite): Promise<void> {
  const browser = await launchChromium({ extensionPath: CHROME_BUILD, headless: false });
  const [page] = await browser.pages();
  await (page ?? (await browser.newPage())).goto(`${site.origin('aliexpress')}/account`);
  console.log(
    '\nChromium is open at My AliExpress with the extension. Close it (or Ctrl+C) to stop.',
  );
  await new Promise<void>((resolve) => {
    browser.on('disconnected', () => resolve());
    process.once('SIGINT', () => void browser.close().then(resolve, resolve));
  });
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number (1–65535), got "${process.env.PORT ?? ''}"`);
  // The cheap checks first: a taken port or an old browser should not cost a build.
  const site = await startMockSite({ port });
  try {
    assertBrowserVersion('chromium', findChromium());
    build();
    console.log('Mock site:');
    for (const host of ['aliexpress', 'alipay', 'mail'] as const)
      console.log(`  ${host.padEnd(11)} ${site.origin(host)}/`);
    await (headless ? walkHeadless(site) : openHeadful(site));
  } finally {
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

/**
 * Issue #6, packs: the options page rejects a bad pack whole (errors name the
 * JSON path; nothing stored), previews a good one against what is active,
 * activates it — and the on-page guide at once looks for the pack's wording —
 * then deactivates and removes it. Chromium walks the whole path; Firefox the
 * import and activation.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { OptionsPage } from '../harness/options-page';
import { setMockOptions } from '../harness/session';
import { setProgress } from '../harness/progress';
import { openShop } from '../harness/shopper';
import { waitFor } from '../harness/wait';

const RELABEL = readFileSync(
  new URL('../../public/packs/relabel-link-card.json', import.meta.url),
  'utf8',
);
const RELABEL_ID = 'relabel-link-card';

let site: RunningMockSite;
beforeAll(async () => {
  site = await startMockSite({ port: 0 });
});
afterAll(async () => {
  await site?.close();
});

/** The mock AliPay renames "Link card" (or stops renaming it, with `{}`). */
async function relabelAliPay(shop: Page, relabel: Record<string, string>): Promise<void> {
  await setMockOptions(shop, site.origin('alipay'), { relabel });
}

/** A fresh load of AliPay's "Manage your cards", where the current step is link-card. */
async function openCards(shop: Page): Promise<void> {
  // The guide draws on animation frames, which a tab behind the options page does not get.
  await shop.bringToFront();
  await shop.goto(`${site.origin('alipay')}/cards?lang=en`);
}

async function waitForSearch(shop: Page, state: 'found' | 'missing'): Promise<void> {
  await waitFor(
    `the guide's search for the control to be "${state}"`,
    async () => (await new GuidePage(shop).callout())?.attrs['data-search'],
    (now) => now === state,
  );
}

function badPacks(): [string, string, string][] {
  const good = JSON.parse(RELABEL) as Record<string, unknown>;
  return [
    ['an unknown format version', JSON.stringify({ ...good, formatVersion: 2 }), '$.formatVersion'],
    [
      'a hostile key',
      RELABEL.replace('"labels": {', '"labels": { "__proto__": { "polluted": "yes" },'),
      '$.labels.__proto__',
    ],
    [
      'a wrong shape',
      JSON.stringify({ ...good, labels: { linkCard: { en: 42 } } }),
      '$.labels.linkCard.en',
    ],
  ];
}

async function importRelabel(options: OptionsPage): Promise<void> {
  await options.checkPack(RELABEL);
  expect(await options.previewRows(RELABEL_ID)).toEqual(['label:linkCard:en', 'label:linkCard:es']);
  const preview = await options.page.$eval('[data-pack-preview]', (el) =>
    (el.textContent ?? '').replace(/\s+/g, ' '),
  );
  expect(preview).toContain('Link card');
  expect(preview).toContain('Add card');
  // Checking moved the focus to the preview's heading; activating moves it on to the stored packs.
  expect(await options.page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
  await options.click('activate-candidate');
  await options.waitForPack(RELABEL_ID, true);
  expect(await options.page.$('[data-pack-preview]')).toBeNull();
  expect(await options.page.evaluate(() => document.activeElement?.id)).toBe(
    'stored-packs-heading',
  );
}

describe('options page: packs in chromium', () => {
  let ext: ExtensionBrowser;
  let options: OptionsPage;
  let shop: Page;

  beforeAll(async () => {
    ext = await launchWithExtension('chromium');
    options = await OptionsPage.open(ext);
    shop = await openShop(ext);
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=set-pin`);
    await setProgress(options.page, 'set-pin');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it.each(badPacks())(
    'rejects %s whole, naming the path, and stores nothing',
    async (_what, json, path) => {
      await options.checkPack(json);
      const errors = await options.packErrors();
      expect(
        errors.some((line) => line.startsWith(`${path} — `)),
        errors.join('\n'),
      ).toBe(true);
      expect(await options.page.$('[data-pack-preview]')).toBeNull();
      expect(await options.packs()).toEqual({});
      expect(await options.page.$('[data-no-packs]')).not.toBeNull();
    },
  );

  it('previews the relabel pack, activates it, and the open tab\'s guide looks for "Add card" at once', async () => {
    // The site renamed its button; without a pack the guide cannot find it.
    await relabelAliPay(shop, { 'Link card': 'Add card' });
    await openCards(shop);
    await waitForSearch(shop, 'missing');
    await importRelabel(options);
    expect(await options.packs()).toEqual({ [RELABEL_ID]: true });
    // No reload: the background pushed the pack to the open tab.
    await shop.bringToFront();
    await new GuidePage(shop).expectSpotlightOn('linkCard', 'Add card');
    // And a fresh load reads it too.
    await openCards(shop);
    await new GuidePage(shop).expectSpotlightOn('linkCard', 'Add card');
  });

  it('keeps the active pack when a bad one is checked afterwards', async () => {
    await options.checkPack(badPacks()[0]![1]);
    await options.packErrors();
    expect(await options.packs()).toEqual({ [RELABEL_ID]: true });
  });

  it('is accessible with errors, a preview and a stored pack shown, light and dark', async () => {
    const example = readFileSync(
      new URL('../../public/packs/example-pack.json', import.meta.url),
      'utf8',
    );
    await options.checkPack(example);
    await options.previewRows('example-support-pack');
    await options.fill('#pack-paste', '{}');
    try {
      for (const scheme of ['light', 'dark']) {
        await options.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(await options.axeViolations(), scheme).toEqual([]);
      }
      await options.click('check-pack');
      await options.packErrors();
      expect(await options.axeViolations()).toEqual([]);
    } finally {
      await options.page.emulateMediaFeatures([]);
    }
    expect(await options.packs()).toEqual({ [RELABEL_ID]: true });
  });

  it('deactivated, the guide no longer finds the renamed control; with the old name back, it does', async () => {
    await options.click('deactivate', RELABEL_ID);
    await options.waitForPack(RELABEL_ID, false);
    await openCards(shop);
    await waitForSearch(shop, 'missing');
    await relabelAliPay(shop, {});
    await openCards(shop);
    await new GuidePage(shop).expectSpotlightOn('linkCard', 'Link card');
  });

  it('exports the stored pack as its canonical JSON', async () => {
    const session = await options.page.createCDPSession();
    const dir = `${process.env.TMPDIR ?? '/tmp'}/agc-export-${Date.now()}`;
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    try {
      await options.click('export', RELABEL_ID);
      const file = `${dir}/${RELABEL_ID}-1.0.0.json`;
      await waitFor(
        `the download ${file}`,
        async () => existsSync(file),
        (there) => there,
      );
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(RELABEL));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('removes a pack only after confirmation', async () => {
    const focused = () =>
      options.page.evaluate(() => ({
        action: document.activeElement?.getAttribute('data-action') ?? null,
        inDialog: !!document.activeElement?.closest('[role="alertdialog"]'),
        dialog: !!document.querySelector('[data-action="confirm-remove"]'),
      }));
    await options.click('remove', RELABEL_ID);
    // The question takes the focus as it appears, so a keyboard user is already in it.
    expect(await focused()).toEqual({ action: null, inDialog: true, dialog: true });
    // Escape cancels: the pack stays, and the focus goes back to the button that asked.
    await options.page.keyboard.press('Escape');
    await waitFor(
      'the question to close with the focus back on "Remove"',
      focused,
      (now) => !now.dialog && now.action === 'remove',
    );
    expect(await options.packs()).toEqual({ [RELABEL_ID]: false });
    await options.click('remove', RELABEL_ID);
    await options.click('confirm-remove');
    await options.waitForPack(RELABEL_ID, 'gone');
    expect(await options.page.$('[data-no-packs]')).not.toBeNull();
  });
});

describe.each<BrowserName>(['firefox'])('options page: import and activate in %s', (browser) => {
  let ext: ExtensionBrowser;
  let options: OptionsPage;
  let shop: Page;

  beforeAll(async () => {
    ext = await launchWithExtension(browser);
    options = await OptionsPage.open(ext);
    shop = await openShop(ext);
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=set-pin`);
    await setProgress(options.page, 'set-pin');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('rejects a bad pack with its path, then activates the relabel pack for the guide', async () => {
    await options.checkPack(badPacks()[1]![1]);
    expect((await options.packErrors()).join('\n')).toContain('$.labels.__proto__');
    expect(await options.packs()).toEqual({});
    await importRelabel(options);
    await relabelAliPay(shop, { 'Link card': 'Add card' });
    await openCards(shop);
    await new GuidePage(shop).expectSpotlightOn('linkCard', 'Add card');
  });
});

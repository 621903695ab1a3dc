/**
 * Issue #11, "Popup at the floor", in Chromium and Firefox: the toolbar button
 * opens a copy of the popup's page that paints the last known checklist as its
 * HTML is parsed, before the popup's script has run (utils/popup-cache/
 * first-paint.ts), in the language the popup speaks; the script's own
 * checklist then takes its place. What that page paints with no script is
 * read in Chromium with JavaScript turned off for the tab; Firefox cannot turn
 * it off for one tab, so there the same built page is read in a blank tab,
 * where its script cannot load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import spanish from '../../public/_locales/es/messages.json';
import {
  FIREFOX_BUILD,
  launchWithExtension,
  type BrowserName,
  type ExtensionBrowser,
} from '../harness/extension';
import { PopupPage } from '../harness/popup-page';
import { setProgress } from '../harness/progress';
import { waitFor, waitForSelector } from '../harness/wait';

/** What the page paints of its own markup: the checklist, if it is on screen. */
function readPainted(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('#first-paint main');
    const app = document.getElementById('app');
    return {
      onScreen: !!main && main.getBoundingClientRect().height > 100,
      appHidden: !!app && getComputedStyle(app).display === 'none',
      lang: main?.lang,
      progress: main?.querySelector('.progress-text')?.textContent,
      next: main?.querySelector('section.next h2')?.textContent,
      states: [...(main?.querySelectorAll('li.step') ?? [])].map((li) =>
        li.className.replace('step step-', ''),
      ),
    };
  });
}

describe.each<BrowserName>(['chromium', 'firefox'])('the popup’s first paint in %s', (browser) => {
  let ext: ExtensionBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    ext = await launchWithExtension(browser);
    popup = await PopupPage.open(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** Waits until the toolbar button opens `page`, and returns its address. */
  const toolbarOpens = (page: string) =>
    waitFor(
      `the toolbar button to open ${page}`,
      () => popup.toolbarAddress(),
      (now) => now.startsWith(`${page}?`),
    );

  /** The address's page as it paints before any script of it runs. */
  async function paintedWithoutScript(address: string) {
    const tab = await ext.browser.newPage();
    try {
      if (browser === 'chromium') {
        await tab.setJavaScriptEnabled(false);
        await tab.goto(ext.extensionUrl(address));
      } else {
        const file = path.join(FIREFOX_BUILD, address.slice(0, address.indexOf('?')));
        await tab.setContent(readFileSync(file, 'utf8'));
      }
      await waitForSelector(tab, '#first-paint main');
      return await readPainted(tab);
    } finally {
      await tab.close();
    }
  }

  it('paints the last known checklist before the popup’s script runs', async () => {
    // "Mark as done" on step 2 implies step 1: the first two steps are done.
    await setProgress(popup.page, 'verify-email');
    const address = await toolbarOpens('popup-en-2.html');
    expect(await paintedWithoutScript(address)).toEqual({
      onScreen: true,
      appHidden: true,
      lang: 'en',
      progress: english.progressLabel.message.replace('$COUNT$', '2'),
      next: `${english.nextLabel.message}: ${english.step_set_pin_title.message}`,
      states: ['done', 'done', 'current', 'pending', 'pending'],
    });
  });

  it('paints it in the language the popup speaks', async () => {
    await popup.chooseLanguage('es');
    try {
      const address = await toolbarOpens('popup-es-2.html');
      const painted = await paintedWithoutScript(address);
      expect(painted.lang).toBe('es');
      expect(painted.next).toBe(
        `${spanish.nextLabel.message}: ${spanish.step_set_pin_title.message}`,
      );
    } finally {
      await popup.chooseLanguage('auto');
    }
  });

  it('gives way to the script’s checklist, which keeps the test contract', async () => {
    await setProgress(popup.page, 'link-card');
    const address = await toolbarOpens('popup-en-4.html');
    const opened = await PopupPage.openAt(ext, 'main[data-ready="true"] [data-step]', address);
    try {
      expect(await opened.page.evaluate(() => document.getElementById('first-paint'))).toBeNull();
      expect(await opened.states()).toEqual({
        sync: 'done',
        'verify-email': 'done',
        'set-pin': 'done',
        'link-card': 'done',
        'confirm-card': 'current',
      });
      const app = await opened.page.$eval('#app', (el) => el.getBoundingClientRect().height);
      expect(app).toBeGreaterThan(100);
    } finally {
      await opened.page.close();
    }
  });
});

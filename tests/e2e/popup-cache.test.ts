/**
 * Issue #11, in Chromium and Firefox:
 * - "Marking a step that implies earlier ones asks first": on a fresh start,
 *   "Mark as done" on step 3 asks, naming steps 1 and 2; Cancel changes
 *   nothing; "Mark all as done" marks 1–2 implied and 3 by hand; all of it
 *   works from the keyboard alone.
 * - "Popup at the floor": the background keeps a snapshot of the checklist in
 *   `storage.local`; a fresh popup draws it (`main[data-source="cache"]`) before
 *   IndexedDB answers, then the store's (`data-source="store"`, `data-ready`).
 *   To look at the snapshot's checklist for as long as needed, another
 *   extension page keeps IndexedDB's progress store busy while the popup opens.
 *   The background also puts the snapshot in the address the toolbar button
 *   opens, from which the popup draws it with no storage read at all. A stale
 *   snapshot (after a reset done elsewhere) gives way to the store, and
 *   neither `storage.local` nor that address ever holds a page's address.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { POPUP_SNAPSHOT_KEY } from '../../utils/popup-cache/popup-snapshot';
import type { BrowserName } from '../harness/extension';
import { statesAfter } from '../harness/expected-states';
import { PopupPage } from '../harness/popup-page';
import { readStoredProgress, useExtensionSession } from '../harness/session';
import { clickByText, waitForText } from '../harness/shopper';
import { waitFor, waitForSelector } from '../harness/wait';
import { LABELS } from '../mock-site/labels';

const SET_PIN_MARK = '[data-step="set-pin"] [data-action="mark-done"]';
const SET_PIN_UNDO = '[data-step="set-pin"] [data-action="undo"]';
const QUESTION = '[data-step="set-pin"] [role="alertdialog"]';

/** Whether the focused element matches `selector`. */
const focusedIs = (page: Page, selector: string) =>
  page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector);

/** The steps of the snapshot the background keeps, as stored. */
async function snapshotSteps(popup: PopupPage): Promise<Record<string, { how: string }>> {
  const area = JSON.parse(await popup.localStorageArea()) as Record<
    string,
    { steps: Record<string, { how: string }> } | undefined
  >;
  return area[POPUP_SNAPSHOT_KEY]?.steps ?? {};
}

type Steps = Record<string, { how: string; at?: number }>;

/** The same steps, done the same way at the same time (storage may order keys otherwise). */
const sameSteps = (a: Steps, b: Steps) => {
  const flat = (steps: Steps) =>
    Object.entries(steps)
      .map(([step, done]) => `${step} ${done.how} ${done.at}`)
      .sort()
      .join();
  return flat(a) === flat(b);
};

describe.each<BrowserName>(['chromium', 'firefox'])('the popup in %s (issue #11)', (browser) => {
  const session = useExtensionSession(browser);

  it('asks before "Mark as done" counts earlier steps; Cancel keeps everything as it was', async () => {
    const { popup } = session;
    await popup.page.bringToFront();
    await popup.waitForStates(statesAfter(null));
    await popup.click('mark-done', 'set-pin');
    const question = await waitForSelector(popup.page, QUESTION);
    expect(await question.evaluate((el) => el.textContent)).toContain(
      `This also counts steps 1 and 2 as done: ${english.step_sync_title.message}, ${english.step_verify_email_title.message}.`,
    );
    expect(await focusedIs(popup.page, `${QUESTION} button:not([data-action])`)).toBe(true);

    await popup.page.click(`${QUESTION} button:not([data-action])`);
    await waitFor(
      'the question to go',
      () => popup.page.$(QUESTION),
      (el) => el === null,
    );
    expect(await popup.states()).toEqual(statesAfter(null));
    expect((await readStoredProgress(popup.page)).steps).toEqual({});
  });

  it('works from the keyboard alone: Escape cancels, "Mark all as done" marks 1–2 implied, 3 by hand', async () => {
    const { popup } = session;
    const { page } = popup;
    // From "Open the page" to step 3 by Tab (tabbing out of the document would leave
    // Firefox's page without focus, where Enter no longer presses a button).
    await page.focus('[data-action="open-step"]');
    for (let tabs = 0; !(await focusedIs(page, SET_PIN_MARK)); tabs++) {
      if (tabs > 5) throw new Error('Tab never reached "Mark as done" on step 3');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await waitForSelector(page, QUESTION);
    expect(await focusedIs(page, `${QUESTION} button:not([data-action])`)).toBe(true);

    await page.keyboard.press('Escape');
    await waitFor(
      'the question to go',
      () => page.$(QUESTION),
      (el) => el === null,
    );
    expect(await focusedIs(page, SET_PIN_MARK)).toBe(true);
    expect(await popup.states()).toEqual(statesAfter(null));

    await page.keyboard.press('Enter');
    await waitForSelector(page, QUESTION);
    await page.keyboard.press('Tab');
    expect(await focusedIs(page, `${QUESTION} [data-action="confirm-mark"]`)).toBe(true);
    await page.keyboard.press('Enter');
    await popup.waitForStates(statesAfter('set-pin'));
    expect(await popup.hows()).toMatchObject({
      sync: 'implied',
      'verify-email': 'implied',
      'set-pin': 'manual',
    });
    expect((await readStoredProgress(popup.page)).steps).toMatchObject({
      sync: { how: 'implied' },
      'verify-email': { how: 'implied' },
      'set-pin': { how: 'manual' },
    });
    // The keyboard user stays on the step, whose button now says "Undo".
    await waitFor(
      'the focus on step 3’s "Undo"',
      () =>
        page.evaluate((css) => {
          const el = document.activeElement;
          return el?.matches(css) ? 'there' : (el?.outerHTML.slice(0, 80) ?? 'nothing');
        }, SET_PIN_UNDO),
      (focused) => focused === 'there',
    );
  });

  it('draws the last known checklist first, from its snapshot, then the store’s', async () => {
    const { popup, shop, site } = session;
    // Progress on the pages: sync is seen, and pages with addresses are recognised.
    const L = LABELS.en;
    await shop.bringToFront();
    await shop.goto(`${site.origin('aliexpress')}/`);
    await clickByText(shop, L.myAliExpress);
    await clickByText(shop, L.myAlipayAccount);
    await clickByText(shop, L.connect);
    await waitForText(shop, L.accountConnected);
    await waitFor(
      'sync "seen", and the snapshot to agree with IndexedDB',
      async () => ({
        stored: await readStoredProgress(popup.page),
        snapshot: await snapshotSteps(popup),
      }),
      ({ stored, snapshot }) =>
        stored.steps.sync?.how === 'seen' && sameSteps(stored.steps, snapshot),
    );
    await popup.waitForStates({ sync: 'done' });
    const states = await popup.states();
    const hows = await popup.hows();

    const fresh = await PopupPage.openFromSnapshot(session.ext, popup, async (cached) => {
      expect(await cached.source()).toBe('cache');
      expect(await cached.page.$eval('main', (m) => m.getAttribute('data-ready'))).toBe('false');
      expect(await cached.states()).toEqual(states);
      expect(await cached.hows()).toEqual(hows);
    });
    expect(await fresh.states()).toEqual(states);
    expect(await fresh.hows()).toEqual(hows);
    await fresh.page.close();
  });

  it('draws the snapshot from the address the toolbar button opens, with no storage read', async () => {
    const { popup, ext } = session;
    const states = await popup.states();
    const hows = await popup.hows();
    let address = '';
    await waitFor(
      'the toolbar button to open the popup with the snapshot of this progress',
      async () => (address = await popup.toolbarAddress()),
      // popup.html, or the copy that paints this checklist first (popup-first-paint.test.ts).
      (now) => /^popup(-en-\d)?\.html\?/.test(now) && now.includes('seen'),
    );
    // Only the snapshot's words: no page address rides along.
    expect(decodeURIComponent(address.slice(address.indexOf('?')))).not.toMatch(
      /:\/\/|localhost|https?:|www\./,
    );
    // Storage's copy gone, IndexedDB held: the address alone can draw it.
    const area = await popup.localStorageArea();
    await popup.setLocalStorageArea('{}');
    try {
      const fresh = await PopupPage.openFromSnapshot(
        ext,
        popup,
        async (cached) => {
          expect(await cached.states()).toEqual(states);
          expect(await cached.hows()).toEqual(hows);
        },
        address,
      );
      expect(await fresh.states()).toEqual(states);
      await fresh.page.close();
      // The form earlier releases opened, `popup.html#<snapshot>`, still draws it (README).
      const older = await PopupPage.openFromSnapshot(
        ext,
        popup,
        async (cached) => expect(await cached.states()).toEqual(states),
        `popup.html#${address.slice(address.indexOf('?') + 1)}`,
      );
      await older.page.close();
    } finally {
      // As it was, for the tests that follow.
      await popup.setLocalStorageArea(area);
    }
  });

  it('keeps no address in storage.local: no page, no step page', async () => {
    const { popup } = session;
    const urls = Object.values((await readStoredProgress(popup.page)).pageUrls);
    // There are addresses to leak: the pages just recognised.
    expect(urls.length).toBeGreaterThan(0);
    const area = await popup.localStorageArea();
    expect(Object.keys(JSON.parse(area) as object)).toEqual([POPUP_SNAPSHOT_KEY]);
    for (const url of urls) expect(area).not.toContain(url);
    expect(area).not.toMatch(/:\/\/|localhost|https?:|www\./);
  });

  it('after a reset done elsewhere, a fresh popup converges to the store, even from a stale snapshot', async () => {
    const { popup, ext } = session;
    const stale = await popup.localStorageArea();
    const before = await popup.states();
    expect(before).not.toEqual(statesAfter(null));
    await popup.page.bringToFront();
    await popup.click('reset');
    await popup.click('confirm-reset');
    await popup.waitForStates(statesAfter(null));
    await waitFor(
      'the snapshot to follow the reset',
      () => snapshotSteps(popup),
      (steps) => Object.keys(steps).length === 0,
    );
    // A fresh popup opened now draws the reset checklist from the start.
    const after = await PopupPage.openAt(ext, 'main[data-source] [data-step]');
    expect(await after.states()).toEqual(statesAfter(null));
    await after.page.close();

    // Now as if the background's last write had not landed: the snapshot from before the reset.
    await popup.setLocalStorageArea(stale);
    const fresh = await PopupPage.openFromSnapshot(ext, popup, async (cached) => {
      expect(await cached.states()).toEqual(before);
    });
    // IndexedDB says otherwise: the store wins as soon as it answers.
    expect(await fresh.states()).toEqual(statesAfter(null));
    expect(await fresh.progressValue()).toBe(0);
    await fresh.page.close();
  });
});

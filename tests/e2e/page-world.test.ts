/**
 * Issue #12: the page world controls nothing. A page script cannot read the
 * guide (its shadow root is closed), and forging the start-up signal WXT
 * content scripts used to listen for, or clicking the guide's buttons and
 * pressing Esc at it from script (even with the root in hand, as automation
 * has it), changes nothing: the guide keeps reading the page and stays on,
 * in this tab and every other.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { PopupPage } from '../harness/popup-page';
import { setProgress } from '../harness/progress';
import { useExtensionSession } from '../harness/session';
import { waitFor } from '../harness/wait';
import { DEFAULT_LABELS } from '../../utils/detect/default-labels';

describe.each<BrowserName>(['chromium', 'firefox'])('a hostile page in %s', (browser) => {
  const session = useExtensionSession(browser);

  it('cannot stop the guide, hide it or turn it off', async () => {
    const { site, ext, popup, shop } = session;
    await setProgress(popup.page, 'verify-email');
    await shop.bringToFront();
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=verify-email`);
    await shop.goto(`${site.origin('alipay')}/security?lang=en`);
    const guide = new GuidePage(shop);
    await guide.waitForSpotlight('save');

    // What a page script can see of the guide: an empty element.
    const seen = await shop.evaluate(() => {
      const host = document.querySelector('alipay-card-guide');
      return { root: host?.shadowRoot ?? null, text: host?.textContent ?? null };
    });
    expect(seen).toEqual({ root: null, text: '' });

    await shop.evaluate(() => {
      // The start-up announcement WXT's ContentScriptContext listened for, every way it was sent.
      for (const type of ['wxt:content-script-started', 'wxt:guide']) {
        window.postMessage({ type, contentScriptName: 'guide', messageId: 'forged' }, '*');
        window.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'guide' } }));
      }
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    // Script clicks and keys on the guide's own buttons, made in the page world
    // with the closed root in hand: still untrusted events, so they do nothing.
    const pressed = await guide.scriptPress(['hide', 'turn-off']);
    expect(pressed).toEqual(['hide', 'turn-off']);

    // Still alive and reading the page: a new error on screen is explained.
    await shop.evaluate((text) => {
      const p = Object.assign(document.createElement('p'), { textContent: text });
      p.setAttribute('role', 'alert');
      document.querySelector('main')!.prepend(p);
    }, DEFAULT_LABELS.pinMismatch.en);
    const callout = await waitFor(
      'the guide to explain the new error',
      () => guide.callout(),
      (now) => (now?.errors.length ?? 0) > 0,
    );
    expect(callout?.attrs['data-step']).toBe('set-pin');
    // And still on everywhere: the popup's switch was never turned.
    const fresh = await PopupPage.open(ext);
    const on = await fresh.page.$eval(
      '[data-action="toggle-guide"]',
      (el) => (el as HTMLInputElement).checked,
    );
    await fresh.page.close();
    expect(on).toBe(true);
  });
});

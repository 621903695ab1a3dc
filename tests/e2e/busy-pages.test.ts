/**
 * Issue #10 on pages built like real stores, in Chromium and Firefox: a busy
 * flash-deals page (a feed of web components growing every 300 ms, light-DOM
 * components in and beside each card, countdowns ticking every 100 ms, toasts)
 * where the guide still points at the right
 * control and nothing is ticked by the churn; and the whole journey on pages
 * whose success messages are toasts inside open shadow roots that vanish
 * after 2.5 s and whose headings start with an aria-hidden icon ligature;
 * and a card form in a same-origin frame, as payment sites build them.
 */
import { describe, expect, it } from 'vitest';
import { statesAfter } from '../harness/expected-states';
import type { BrowserName } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { walkJourney } from '../harness/journey';
import { setProgress } from '../harness/progress';
import { readStoredProgress, setMockOptions, useExtensionSession } from '../harness/session';
import { JOURNEY_SECRETS, submitCard } from '../harness/journey';
import { areaShowing, clickByText, typeInto, waitForText } from '../harness/shopper';
import { waitFor } from '../harness/wait';
import { SEEDED_SECRETS } from '../mock-site/journey-steps';
import { LABELS } from '../mock-site/labels';

type Lang = 'en' | 'es';

/**
 * In the page: adds 1,500 product cards built as web components at once, 40
 * more every 300 ms, and 40 countdowns in words ("Ends in 0h 59m 58s") ticking
 * every 100 ms; each card holds a rating and sits beside a badge, components
 * that render into their light DOM (custom elements with no shadow root, which
 * the reader waits for). 1.5 s later shows `label` as a status for half a
 * second: a plain element added; or, `late`, in the shadow root attached
 * (which no mutation tells of) to a custom element that came bare with the
 * feed; or, `defined`, attached by a defined component 0.8 s after it
 * connected, as its own code may after awaiting something. Resolves, once the
 * status is gone, with how long it showed (ms).
 */
function growBusyThenToast(label: string, host: 'none' | 'late' | 'defined'): Promise<number> {
  const main = document.querySelector('main')!;
  const feed = main.appendChild(document.createElement('ul'));
  const clocks = main.appendChild(document.createElement('ul'));
  customElements.define(
    'busy-card',
    class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        this.attachShadow({ mode: 'open' }).innerHTML =
          `<span aria-hidden="true">local_fire_department</span><h3>Deal ${this.dataset.n}: ` +
          'wireless earbuds</h3><p>€19.99 · <star-rating>4.5</star-rating> · free shipping</p>' +
          '<button type="button">Add to cart</button>';
      }
    },
  );
  customElements.define('busy-badge', class extends HTMLElement {});
  let count = 0;
  const add = (k: number) => {
    for (let i = 0; i < k; i += 1) {
      const card = document.createElement('busy-card');
      card.dataset.n = String((count += 1));
      const badge = document.createElement('busy-badge');
      badge.textContent = 'Choice';
      feed.appendChild(document.createElement('li')).append(card, badge);
    }
  };
  add(1500);
  const timers = Array.from({ length: 40 }, (_, i) => {
    const li = clocks.appendChild(document.createElement('li'));
    const left = document.createElement('span');
    li.append(`Flash deal ${i} `, left);
    return { left, ms: 3_600_000 - i * 7919 };
  });
  const tick = () => {
    for (const t of timers) {
      t.ms -= 100;
      const s = Math.floor(t.ms / 1000);
      t.left.textContent = `Ends in ${Math.floor(s / 3600)}h ${Math.floor(s / 60) % 60}m ${s % 60}s`;
    }
  };
  const churn = [setInterval(tick, 100), setInterval(() => add(40), 300)];
  const style = 'position:fixed;top:16px;right:16px;padding:12px;background:#222;color:#fff';
  const toast = host === 'none' ? null : document.createElement('pay-toast');
  if (host === 'defined') {
    customElements.define('pay-toast', class extends HTMLElement {});
    setTimeout(() => document.body.append(toast!), 1000);
  } else if (toast) document.body.append(toast);
  return new Promise((resolve) =>
    setTimeout(
      () => {
        const status = document.createElement('div');
        status.setAttribute('role', 'status');
        status.style.cssText = style;
        status.textContent = label;
        if (toast) toast.attachShadow({ mode: 'open' }).append(status);
        else document.body.append(status);
        const shown = performance.now();
        setTimeout(() => {
          (toast ?? status).remove();
          churn.forEach(clearInterval);
          resolve(performance.now() - shown);
        }, 500);
      },
      toast ? 1800 : 1500,
    ),
  );
}

describe.each<[BrowserName, Lang]>([
  ['chromium', 'en'],
  ['firefox', 'es'],
])('pages built like real stores in %s (%s)', (browser, lang) => {
  const session = useExtensionSession(browser);

  it('guides on a busy deals page, and its churn and toasts tick nothing', async () => {
    const { site, popup, shop } = session;
    await setProgress(popup.page, null);
    await shop.bringToFront();
    await shop.goto(`${site.origin('aliexpress')}/__mock/reset`);
    await shop.goto(`${site.origin('aliexpress')}/deals?light&lang=${lang}`);
    const guide = new GuidePage(shop);
    await guide.expectSpotlightOn('myAliExpress', LABELS[lang].myAliExpress);
    // The spotlight's pulse only fades a halo: a compositor animation, so the busy
    // page under it is not repainted on every frame (it cost 300 ms and more in 6 s).
    expect(await guide.animatedProperties()).toEqual(['opacity']);
    // The page lives on: the feed grows and a toast comes and goes.
    const feed = () => shop.evaluate(() => document.querySelectorAll('deal-card').length);
    const first = await feed();
    await waitFor(
      'the feed to grow and a toast to show',
      async () => ({
        cards: await feed(),
        toast: await shop.evaluate(() => !!document.querySelector('cart-toast')),
      }),
      (now) => now.cards >= first + 80 && now.toast,
    );
    // Still pointing at the right control, and nothing was ticked.
    await guide.expectSpotlightOn('myAliExpress', LABELS[lang].myAliExpress);
    expect(await popup.states()).toEqual(statesAfter(null));
  });

  it.each([
    ['added', 'none'],
    ['in a shadow root attached late', 'late'],
    ['in a shadow root a defined component attaches after it connected', 'defined'],
  ] as const)(
    'sees a half-second "Card linked" %s on a card page that just grew by 1,500 components',
    async (_, host) => {
      const { site, popup, shop } = session;
      await setProgress(popup.page, 'set-pin');
      await shop.bringToFront();
      await shop.goto(`${site.origin('alipay')}/__mock/seed?step=set-pin`);
      await shop.goto(`${site.origin('alipay')}/cards?lang=${lang}`);
      await waitFor(
        'the card page to be seen',
        () => readStoredProgress(popup.page),
        (s) => s.lastPage?.pageId === 'ap-manage-cards',
      );
      // The page turns busy (a feed of components, countdowns in words), and while the
      // reader is still behind with it, the status comes and goes.
      const shownMs = await shop.evaluate(growBusyThenToast, LABELS[lang].cardLinked, host);
      expect(shownMs).toBeLessThan(1000);
      await popup.waitForStates(statesAfter('link-card'));
    },
  );

  it('walks the journey with toasts in shadow roots and icon-font headings: every step seen', async () => {
    const { site, popup, shop } = session;
    await setProgress(popup.page, null);
    await shop.bringToFront();
    await shop.goto(`${site.origin('aliexpress')}/__mock/reset`);
    await setMockOptions(shop, site.origin('aliexpress'), { style: 'components' });
    await walkJourney(
      shop,
      { aliexpress: site.origin('aliexpress') },
      { lang, onStep: (step) => popup.waitForStates(statesAfter(step)) },
    );
    const how = await popup.page.$$eval('[data-step]', (items) =>
      items.map((li) => li.getAttribute('data-how')),
    );
    expect(how).toEqual(['seen', 'seen', 'seen', 'seen', 'seen']);
  });

  it('guides into a card form in a same-origin frame: its error is explained and its "Card linked" seen', async () => {
    const { site, popup, shop } = session;
    const L = LABELS[lang];
    const S = JOURNEY_SECRETS;
    await setProgress(popup.page, 'set-pin');
    await shop.bringToFront();
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=set-pin`);
    await setMockOptions(shop, site.origin('alipay'), { style: 'framed' });
    await shop.goto(`${site.origin('alipay')}/profile?lang=${lang}`);
    await clickByText(shop, L.manageYourCards);
    const form = await areaShowing(shop, L.linkCard);
    expect(form, 'the card panel is a frame').not.toBe(shop);
    // The guide points at the frame's "Link card", where it is on the page.
    const guide = new GuidePage(shop);
    await guide.expectSpotlightOn('linkCard', L.linkCard, form);
    // A wrong PIN first: the error inside the frame is explained by the guide on the page.
    await submitCard(form, lang, { ...S, pin: '000000' });
    await waitForText(form, L.incorrectPin);
    await waitFor(
      'the guide to explain the error shown in the frame',
      async () => (await guide.callout())?.errors ?? [],
      (errors) => errors.length > 0,
    );
    // Then right: the form kept only the holder and the expiry.
    await typeInto(form, L.cardNumber, S.cardNumber);
    await typeInto(form, L.cvv, S.cvv);
    await typeInto(form, L.paymentPin, SEEDED_SECRETS.pin);
    await clickByText(form, L.linkCard);
    await waitForText(form, L.cardLinked);
    await popup.waitForStates(statesAfter('link-card'));
    const how = await popup.page.$eval('[data-step="link-card"]', (li) =>
      li.getAttribute('data-how'),
    );
    expect(how).toBe('seen');
  });
});

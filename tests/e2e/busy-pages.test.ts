/**
 * Issue #10 on pages built like real stores, in Chromium and Firefox: a busy
 * flash-deals page (a feed of web components growing every 300 ms, countdowns
 * ticking every 100 ms, toasts) where the guide still points at the right
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
import { setMockOptions, useExtensionSession } from '../harness/session';
import { JOURNEY_SECRETS, submitCard } from '../harness/journey';
import { areaShowing, clickByText, typeInto, waitForText } from '../harness/shopper';
import { waitFor } from '../harness/wait';
import { SEEDED_SECRETS } from '../mock-site/journey-steps';
import { LABELS } from '../mock-site/labels';

type Lang = 'en' | 'es';

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
    await shop.goto(`${site.origin('aliexpress')}/deals?lang=${lang}`);
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

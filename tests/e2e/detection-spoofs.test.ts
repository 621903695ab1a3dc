/**
 * Issue #10, in real browsers: nothing a person cannot see, and nothing out of
 * place, is evidence. Each spoof a security review used — "Card linked" at
 * opacity 0, off-screen, clipped, in a zero-size box, at font-size 0, in
 * transparent text, aria-hidden, as a button label, negated, as a question,
 * in a review on another page, and a transparent card list — ticks nothing,
 * nor do words scaled or zoomed down to a speck, words in their background's
 * colour or transparent in a modern colour space, pushed out of their box,
 * faded or blurred by a filter, clipped by paint containment or by the box
 * that holds a fixed or absolute one, or written as the fallback of a canvas,
 * a player or a gauge, while the same evidence shown plainly on its page (in
 * gradient letters too, fixed or placed out of a box that hides its overflow,
 * or given to a web component's slot) does.
 *
 * How a test knows the extension has read a spoof: the spoof goes onto a page
 * whose heading was first renamed (so it is "some other page"), then the
 * heading comes back. The background records the page that report names
 * (`lastPage`) in the same write as any step it proves, so once `lastPage`
 * says the card page again, the spoof has been judged.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type LabelId } from '../../utils/detect/default-labels';
import type { Progress } from '../../utils/flow/progress-schema';
import type { StepId } from '../../utils/flow/steps';
import type { BrowserName } from '../harness/extension';
import { setProgress } from '../harness/progress';
import { readStoredProgress, useExtensionSession } from '../harness/session';
import { waitFor } from '../harness/wait';

type Lang = 'en' | 'es';
const L = (id: LabelId, lang: Lang) => DEFAULT_LABELS[id][lang];

/** Renames the page's first h1 (or gives it back its name). */
async function setHeading(shop: Page, text: string): Promise<void> {
  await shop.evaluate((t) => {
    const h1 = document.querySelector('h1')!;
    h1.textContent = t;
  }, text);
}

/** The page scrolled down before the spoof is judged: a fixed box does not scroll with it. */
type Scroll = { scrolled?: boolean };

/** A way to put the status on the card page: what it is, its markup around the label, the scroll. */
type Rendering = [how: string, markup: (label: string) => string, scroll?: Scroll];

const SPOOFS: Rendering[] = [
  ['at opacity 0', (l) => `<div role="status" style="opacity:0">${l}</div>`],
  ['off-screen', (l) => `<div role="status" style="position:absolute;left:-9999px">${l}</div>`],
  ['aria-hidden', (l) => `<div role="status" aria-hidden="true">${l}</div>`],
  ['clipped', (l) => `<div role="status" style="clip-path:inset(50%)">${l}</div>`],
  [
    'in a zero-size box',
    (l) => `<div role="status" style="width:0;height:0;overflow:hidden">${l}</div>`,
  ],
  ['at font-size 0', (l) => `<div role="status" style="font-size:0">${l}</div>`],
  // A transform or zoom shrinks the letters, not their computed font size: the box tells.
  [
    'scaled down to a fifth',
    (l) => `<div role="status" style="transform:scale(0.2);transform-origin:0 0">${l}</div>`,
  ],
  ['zoomed out to a fifth', (l) => `<div role="status" style="zoom:0.2">${l}</div>`],
  ['in transparent text', (l) => `<div role="status" style="color:transparent">${l}</div>`],
  // Modern palettes and color-mix() compute to Oklch, Oklab or color(): their alpha counts too.
  // (Here only: the unit tests' DOM does not parse them.)
  [
    'in transparent Oklch letters',
    (l) => `<div role="status" style="color:oklch(0.5 0.2 30 / 0)">${l}</div>`,
  ],
  [
    'in letters mixed into transparency',
    (l) => `<div role="status" style="color:color-mix(in oklab, black 5%, transparent)">${l}</div>`,
  ],
  [
    'in nearly transparent color() letters',
    (l) => `<div role="status" style="color:color(srgb 0 0 0 / 0.05)">${l}</div>`,
  ],
  // Beyond the review: words a person cannot see though their box is plain on the page.
  [
    'in the colour of its background',
    (l) => `<div style="background:#fff"><p role="status" style="color:#fafafa">${l}</p></div>`,
  ],
  ['pushed out of its box', (l) => `<div role="status" style="text-indent:-9999px">${l}</div>`],
  [
    'replaced by a picture (text-indent in a box that hides its overflow)',
    (l) =>
      `<div role="status" style="width:160px;overflow:hidden;white-space:nowrap;text-indent:100%">${l}</div>`,
  ],
  ['faded by a filter', (l) => `<div role="status" style="filter:opacity(0)">${l}</div>`],
  ['blurred by a filter', (l) => `<div role="status" style="filter:blur(12px)">${l}</div>`],
  [
    'clipped by paint containment',
    (l) => `<div style="contain:paint;height:0"><div role="status">${l}</div></div>`,
  ],
  [
    'in a toast slid out above the view of a scrolled page',
    (l) => `<div role="status" style="position:fixed;top:0;transform:translateY(-150%)">${l}</div>`,
    { scrolled: true },
  ],
  // A fixed or absolute box escapes an overflow off its chain of containing blocks (below),
  // but not one that holds it: a transformed box, one about to be, or a positioned one.
  [
    'in a toast fixed inside a transformed box of no height',
    (l) =>
      `<div style="transform:translateX(0);height:0;overflow:hidden"><div role="status" style="position:fixed;top:16px;left:16px">${l}</div></div>`,
  ],
  [
    'in a toast fixed inside a box of no height about to be moved',
    (l) =>
      `<div style="will-change:transform;height:0;overflow:hidden"><div role="status" style="position:fixed;top:16px;left:16px">${l}</div></div>`,
  ],
  [
    'placed absolutely inside a positioned box of no height',
    (l) =>
      `<div style="position:relative;height:0;overflow:hidden"><div role="status" style="position:absolute;top:0;left:0">${l}</div></div>`,
  ],
  // Words a web component is given show through its slot (below), but not through a slot
  // in a box that hides them, nor where its shadow tree has no slot for them.
  [
    'given to a web component that shows its slot in a box of no height',
    (l) =>
      `<div><template shadowrootmode="open"><div role="status" style="height:0;overflow:hidden"><slot></slot></div></template>${l}</div>`,
  ],
  [
    'given to a web component with no slot for it',
    (l) =>
      `<div><template shadowrootmode="open"><div role="status">Saved</div></template>${l}</div>`,
  ],
  // A scroller's content is a scroll away (below), but not in a scroller of no size,
  [
    'in a scroller of no size',
    (l) => `<div style="width:0;height:0;overflow:auto"><div role="status">${l}</div></div>`,
  ],
  // nor before a scroller's start, where no scrolling reaches.
  [
    'above the start of a scroller',
    (l) =>
      `<div style="height:120px;overflow:auto"><div role="status" style="position:relative;top:-400px">${l}</div></div>`,
  ],
  // Fallback content, which a browser draws only where it cannot draw the element: the text
  // of a canvas, player or gauge has the element's box, and a block in it a box in Firefox.
  ['as a canvas’s fallback', (l) => `<canvas role="status">${l}</canvas>`],
  ['in a canvas’s fallback block', (l) => `<canvas><div role="status">${l}</div></canvas>`],
  ['as a video’s fallback', (l) => `<video role="status">${l}</video>`],
  ['as an audio player’s fallback', (l) => `<audio controls role="status">${l}</audio>`],
  ['as a progress bar’s fallback', (l) => `<progress value="1" max="2">${l}</progress>`],
  ['as a meter’s fallback', (l) => `<meter value="0.5">${l}</meter>`],
  ['as a button label', (l) => `<button type="button">${l}</button>`],
  [
    'as the start of another sentence',
    (l) => `<p><strong>${l}</strong> to another account could not be verified</p>`,
  ],
  ['as a question', (l) => `<p>${l}? Not yet</p>`],
  // A card form in a frame of the site's own origin is read (below); not one that is not seen,
  [
    'in a transparent same-origin frame',
    (l) => `<iframe style="opacity:0" srcdoc="<div role=status>${l}</div>"></iframe>`,
  ],
  [
    'in a zero-size same-origin frame',
    (l) =>
      `<iframe width="0" height="0" style="border:0" srcdoc="<div role=status>${l}</div>"></iframe>`,
  ],
  // and never a frame of another origin: nothing there is the site's to say.
  [
    'in a frame of another origin',
    (l) => `<iframe src="data:text/html;charset=utf-8,<div role=status>${l}</div>"></iframe>`,
  ],
];

describe.each<[BrowserName, Lang]>([
  ['chromium', 'en'],
  ['firefox', 'es'],
])('evidence a person cannot see ticks nothing (%s, %s)', (browser, lang) => {
  const session = useExtensionSession(browser);

  /**
   * The page last loaded for a spoof, its seed and the checklist as seeded
   * there. A spoof that ticked nothing leaves all as it was: the next spoof of
   * that page goes onto it once the last one is taken off, with no new load
   * (a third of this suite's time went on loads).
   */
  let loaded: { url: string; seed: StepId; steps: string } | null = null;

  /**
   * Opens a page of the journey at `seed` (or reuses it, see `loaded`), hides
   * its identity, puts `html` on it (and scrolls the page down a screen, if
   * asked), restores the identity and waits until the background has judged it.
   */
  async function judge(
    host: 'alipay' | 'aliexpress',
    path: string,
    seed: StepId,
    pageId: string,
    heading: string,
    html: string,
    { scrolled = false }: Scroll = {},
  ): Promise<Progress> {
    const { site, popup, shop } = session;
    const url = `${site.origin(host)}${path}?lang=${lang}`;
    const reuse =
      loaded?.url === url &&
      shop.url() === url &&
      loaded.seed === seed &&
      loaded.steps === JSON.stringify((await readStoredProgress(popup.page)).steps);
    await shop.bringToFront();
    if (reuse) {
      await shop.evaluate(() => {
        document.querySelector('[data-spoof]')?.remove();
        document.body.style.minHeight = '';
        window.scrollTo(0, 0);
      });
    } else {
      await setProgress(popup.page, seed);
      await shop.goto(`${site.origin(host)}/__mock/seed?step=${seed}`);
      await shop.goto(url);
      const seen = await waitFor(
        `the ${pageId} page to be seen`,
        () => readStoredProgress(popup.page),
        (s) => s.lastPage?.pageId === pageId,
      );
      loaded = { url, seed, steps: JSON.stringify(seen.steps) };
    }
    await setHeading(shop, 'Elsewhere');
    await waitFor(
      'the renamed page to be seen as another page',
      () => readStoredProgress(popup.page),
      (s) => s.lastPage?.pageId !== pageId,
    );
    await shop.evaluate(
      async (markup, scroll) => {
        const box = document.createElement('div');
        box.dataset.spoof = '';
        // As a page's parser reads it: declarative shadow roots (a web component's) too.
        box.setHTMLUnsafe(markup);
        // A frame is judged once its document is there, as a person sees it.
        const framesLoaded = Array.from(
          box.querySelectorAll('iframe'),
          (frame) =>
            new Promise((resolve) => frame.addEventListener('load', resolve, { once: true })),
        );
        document.querySelector('main')!.append(box);
        if (scroll) {
          document.body.style.minHeight = '300vh';
          window.scrollTo(0, innerHeight);
        }
        await Promise.all(framesLoaded);
      },
      html,
      scrolled,
    );
    await setHeading(shop, heading);
    return waitFor(
      `the ${pageId} page to be seen again`,
      () => readStoredProgress(popup.page),
      (s) => s.lastPage?.pageId === pageId,
    );
  }

  const cardsPage = (html: string, scroll?: Scroll) =>
    judge('alipay', '/cards', 'set-pin', 'ap-manage-cards', L('manageCards', lang), html, scroll);

  it.each(SPOOFS)('"Card linked" %s', async (_how, spoof, scroll) => {
    const after = await cardsPage(spoof(L('cardLinked', lang)), scroll);
    expect(after.steps['link-card']).toBeUndefined();
  });

  it('a transparent card list confirms no card', async () => {
    const list = `<ul style="color:transparent"><li>Visa •••• 4242 <button type="button">${L('deleteCard', lang)}</button> <button type="button">${L('useForPayments', lang)}</button></li></ul>`;
    const after = await judge(
      'aliexpress',
      '/account/cards',
      'set-pin',
      'ae-cards',
      L('cardsAndBankAccounts', lang),
      list,
    );
    expect(after.steps['confirm-card']).toBeUndefined();
    expect(after.steps['link-card']).toBeUndefined();
  });

  it('"Card linked" in a review on another page proves nothing', async () => {
    const { site, popup, shop } = session;
    // The profile is known by its card icon's name: rename it, add the review, name it again.
    const name = L('manageCards', lang);
    await setProgress(popup.page, 'set-pin');
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=set-pin`);
    await shop.goto(`${site.origin('alipay')}/profile?lang=${lang}`);
    const rename = (to: string) =>
      shop.evaluate(
        (from, next) =>
          document.querySelector(`[aria-label="${from}"]`)!.setAttribute('aria-label', next),
        to === 'Elsewhere' ? name : 'Elsewhere',
        to,
      );
    await waitFor(
      'the profile to be seen',
      () => readStoredProgress(popup.page),
      (s) => s.lastPage?.pageId === 'ap-profile',
    );
    await rename('Elsewhere');
    await waitFor(
      'the renamed profile to be another page',
      () => readStoredProgress(popup.page),
      (s) => s.lastPage?.pageId !== 'ap-profile',
    );
    await shop.evaluate(
      (label) => {
        const review = document.createElement('section');
        review.innerHTML = `<h2>Reviews</h2><p role="status">${label}</p>`;
        document.querySelector('main')!.append(review);
      },
      L('cardLinked', lang),
    );
    await rename(name);
    const after = await waitFor(
      'the profile to be seen again',
      () => readStoredProgress(popup.page),
      (s) => s.lastPage?.pageId === 'ap-profile',
    );
    expect(after.steps['link-card']).toBeUndefined();
  });

  it.each<Rendering>([
    ['on its page', (l) => `<div role="status">${l}</div>`],
    [
      // A wrapper with no box of its own: its words are drawn in its parent's.
      'in an element with display: contents',
      (l) => `<div role="status" style="display:contents">${l}</div>`,
    ],
    [
      'in words wrapped in display: contents',
      (l) => `<div role="status"><span style="display:contents">${l}</span></div>`,
    ],
    [
      'in white on a green toast',
      (l) => `<div role="status" style="background:#1b5e20;color:#fff">${l}</div>`,
    ],
    [
      // A toast's colour in Oklch or display-p3 is not compared, but it is what is behind
      // the words: they are not judged against the white page beyond it.
      'in white on an Oklch green toast on a white page',
      (l) =>
        `<div style="background:#fff"><div role="status" style="background:oklch(0.6 0.2 145);color:#fff">${l}</div></div>`,
    ],
    [
      'in white on a display-p3 toast on a white page',
      (l) =>
        `<div style="background:#fff"><div role="status" style="background:color(display-p3 0.1 0.5 0.2);color:#fff">${l}</div></div>`,
    ],
    [
      // Fixed in the view: it stays on screen however far the page is scrolled.
      'on a toast at the top of the view of a scrolled page',
      (l) => `<div role="status" style="position:fixed;top:16px;right:16px">${l}</div>`,
      { scrolled: true },
    ],
    [
      // A toast fixed to the view, written inside a small component that hides its
      // overflow (no portal): that overflow is not on its chain of containing blocks.
      'on a fixed toast inside a box that hides its overflow',
      (l) =>
        `<div style="height:20px;overflow:hidden"><div role="status" style="position:fixed;bottom:16px;right:16px;background:#fff">${l}</div></div>`,
    ],
    [
      'placed absolutely out of a box that hides its overflow',
      (l) =>
        `<div style="position:relative"><div style="height:0;overflow:hidden"><div role="status" style="position:absolute;top:0;left:0">${l}</div></div></div>`,
    ],
    [
      // Fixed inside a transformed box, it scrolls with that box: a scroll away, not gone.
      'on a toast fixed inside a transformed box above the view of a scrolled page',
      (l) =>
        `<div style="transform:translateX(0)"><div role="status" style="position:fixed;top:0;left:0">${l}</div></div>`,
      { scrolled: true },
    ],
    [
      // A design system's toast: the words are the component's light children, shown
      // through a slot, which has no box of its own.
      'given to a web component’s status through its slot',
      (l) =>
        `<div><template shadowrootmode="open"><div role="status" style="padding:8px;background:#e8f5e9"><slot></slot></div></template>${l}</div>`,
    ],
    [
      'wrapped in a span given to a web component’s status',
      (l) =>
        `<div><template shadowrootmode="open"><div role="status"><slot></slot></div></template><span>${l}</span></div>`,
    ],
    [
      // A component that passes what it is given on to another one's slot.
      'given through a component to another one’s status',
      (l) =>
        `<div><template shadowrootmode="open"><div><template shadowrootmode="open"><div role="status"><slot></slot></div></template><slot></slot></div></template>${l}</div>`,
    ],
    [
      // Below the fold of a panel that scrolls, as below the page's: a scroll away.
      'below the fold of a scrolling panel',
      (l) =>
        `<div style="height:120px;overflow:auto"><div style="height:900px"></div><div role="status">${l}</div></div>`,
    ],
    [
      // An app's layout: the page stands still and its main panel, fixed to the view, scrolls.
      'below the fold of an app’s main panel',
      (l) =>
        `<div style="position:fixed;inset:0;overflow-y:auto;background:#fff"><div style="height:200vh"></div><div role="status">${l}</div></div>`,
    ],
    [
      // Long lists contain their items and skip drawing them off-screen, for speed; the
      // box then has a stand-in size the words outgrow, and a person who scrolls sees them.
      'in a box with paint containment, drawn only on screen',
      (l) =>
        `<div style="contain:content;content-visibility:auto"><div role="status">${l}</div></div>`,
    ],
    [
      // A gradient heading's way, with the prefixed property most pages still write.
      'in gradient letters',
      (l) =>
        `<div role="status" style="color:transparent;background-image:linear-gradient(90deg,#c2410c,#7c3aed);-webkit-background-clip:text">${l}</div>`,
    ],
    [
      // A toast that pops in, caught at the start of its animation, or a small badge: its
      // letters drawn at 12 px, readable.
      'on a toast scaled to three quarters',
      (l) => `<div role="status" style="transform:scale(0.75)">${l}</div>`,
    ],
    [
      'in a frame of its page’s origin',
      (l) => `<iframe srcdoc="<p role=status>${l}</p>"></iframe>`,
    ],
  ])('while the same status shown plainly %s ticks the step', async (_where, shown, scroll) => {
    const { popup } = session;
    const after = await cardsPage(shown(L('cardLinked', lang)), scroll);
    expect(after.steps['link-card']).toMatchObject({ how: 'seen' });
    await popup.waitForStates({ 'link-card': 'done' });
  });
});

/**
 * Where the callout sits, as a shopper meets it (issue #11), in Chromium and
 * Firefox: at every viewport from a 360 px phone to a laptop, on the AliPay
 * security form (five fields around "Save"), on My AliExpress and on the
 * store's home (whose header menu holds "My AliExpress"), it covers no field,
 * not the highlighted control and not the header's menus, stays inside the
 * viewport, and on a phone docks as a compact bar. What it must leave free is
 * read from the page by role, as a person sees it; the callout's place comes
 * from the guide's own box.
 */
import type { Frame, Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type LabelId } from '../../utils/detect/default-labels';
import type { StepId } from '../../utils/flow/steps';
import { HEADER_MENUS } from '../../utils/guide/keep-clear';
import type { RunningMockSite } from '../mock-site/server';
import type { BrowserName } from '../harness/extension';
import { GuidePage, type Rect } from '../harness/guide-page';
import type { PopupPage } from '../harness/popup-page';
import { setProgress } from '../harness/progress';
import { setMockOptions, useExtensionSession } from '../harness/session';
import { areaShowing, findClickable } from '../harness/shopper';
import { waitFor } from '../harness/wait';

const VIEWPORTS = [
  [360, 740],
  [420, 800],
  [768, 900],
  [1280, 900],
] as const;

interface Where {
  name: string;
  done: StepId | null;
  host: 'aliexpress' | 'alipay';
  path: string;
  control: LabelId;
}

const PAGES: Where[] = [
  {
    name: 'AliPay security',
    done: 'verify-email',
    host: 'alipay',
    path: '/security',
    control: 'save',
  },
  {
    name: 'My AliExpress',
    done: null,
    host: 'aliexpress',
    path: '/account',
    control: 'myAliPayAccount',
  },
  // The control to use is in the header's account menu itself: the callout must not
  // sit over the rest of that menu.
  { name: 'the store home', done: null, host: 'aliexpress', path: '/', control: 'myAliExpress' },
];

interface Seen {
  viewport: { width: number; height: number };
  fields: Rect[];
  menus: Rect[];
  focused: Rect | null;
}

/**
 * What must stay free, read from the page as a person sees it: the fields one
 * can type into, and the header's navigation and menu buttons.
 */
function seen(page: Page | Frame): Promise<Seen> {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      Array.from(document.querySelectorAll(selector))
        .filter((el) => el.checkVisibility())
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, left: r.left, width: r.width, height: r.height };
        })
        .filter((r) => r.width > 0 && r.height > 0);
    const active = document.activeElement;
    const focused = active?.matches('input, select, textarea')
      ? active.getBoundingClientRect()
      : null;
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      fields: boxes('input:not([type="hidden"]), select, textarea'),
      menus: boxes(
        'header nav, header [role="navigation"], header [aria-haspopup], header [aria-expanded]',
      ),
      focused: focused && {
        top: focused.top,
        left: focused.left,
        width: focused.width,
        height: focused.height,
      },
    };
  });
}

/** Boxes that share more than a hairline (sub-pixel rounding is not covering). */
const overlap = (a: Rect, b: Rect) =>
  Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > 0.5;

const show = (r: Rect) =>
  `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/** Every box in `boxes` that the callout covers, for a readable failure. */
const coveredBy = (callout: Rect, boxes: Rect[]) =>
  boxes.filter((b) => overlap(callout, b)).map(show);

describe.each<BrowserName>(['chromium', 'firefox'])('callout placement in %s', (browser) => {
  const session = useExtensionSession(browser);
  let site: RunningMockSite;
  let popup: PopupPage;
  let shop: Page;
  let guide: GuidePage;

  beforeAll(() => {
    ({ site, popup, shop } = session);
    guide = new GuidePage(shop);
  });

  /** Opens `where` at this viewport, at its step, and waits for the highlight and a settled callout. */
  async function open(where: Where, width: number, height: number) {
    await setProgress(popup.page, where.done);
    await shop.setViewport({ width, height });
    await shop.goto(`${site.origin(where.host)}/__mock/seed?step=${where.done ?? 'none'}`);
    await shop.goto(`${site.origin(where.host)}${where.path}?lang=en`);
    await guide.waitForSpotlight(where.control);
    const control = await findClickable(shop, DEFAULT_LABELS[where.control].en);
    const target = (await control.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    })) as Rect;
    await control.dispose();
    return { target, callout: await guide.settledCallout(), page: await seen(shop) };
  }

  /**
   * AliPay's card page at this viewport with the card form open in a same-origin frame and
   * "Link card" (in the frame) highlighted: runs `body` with the frame and the spotlight's
   * box, then puts the mock back to its plain style.
   */
  async function withFramedCardForm(
    width: number,
    height: number,
    body: (form: Frame, spotlight: Rect) => Promise<void>,
  ): Promise<void> {
    const alipay = site.origin('alipay');
    await setProgress(popup.page, 'set-pin');
    await shop.setViewport({ width, height });
    await shop.goto(`${alipay}/__mock/seed?step=set-pin`);
    await setMockOptions(shop, alipay, { style: 'framed' });
    try {
      await shop.goto(`${alipay}/cards?form=open&lang=en`);
      const spotlight = await guide.waitForSpotlight('linkCard');
      await body((await areaShowing(shop, DEFAULT_LABELS.linkCard.en)) as Frame, spotlight);
    } finally {
      await setMockOptions(shop, alipay, { style: 'plain' });
    }
  }

  /** The callout covers nothing it must leave free and is wholly on screen. */
  function expectClear(
    { box }: { box: Rect },
    page: Seen,
    target: Rect | null,
    where: string,
  ): void {
    expect(coveredBy(box, page.fields), `fields covered ${where}`).toEqual([]);
    expect(coveredBy(box, page.menus), `header menus covered ${where}`).toEqual([]);
    if (target) expect(coveredBy(box, [target]), `control covered ${where}`).toEqual([]);
    const { width, height } = page.viewport;
    expect(
      box.left >= -0.5 &&
        box.top >= -0.5 &&
        box.left + box.width <= width + 0.5 &&
        box.top + box.height <= height + 0.5,
      `callout ${show(box)} inside ${width}×${height} ${where}`,
    ).toBe(true);
  }

  for (const where of PAGES) {
    it.each(VIEWPORTS.map(([w, h]) => [`${w}×${h}`, w, h] as const))(
      `on ${where.name} at %s it covers no field, control or header menu`,
      async (size, width, height) => {
        const { target, callout, page } = await open(where, width, height);
        // The page really has what the callout must avoid.
        if (where.host === 'alipay') expect(page.fields.length).toBe(5);
        else expect(page.menus.length).toBeGreaterThan(0);
        expectClear(callout, page, target, `on ${where.name} at ${size}`);
        if (width < 600) expect(callout.placement).toMatch(/^dock-(top|bottom)$/);
        else expect(callout.placement).not.toBeNull();
      },
    );
  }

  it('at 420 px, with the card form in a frame, the bar stays clear of the frame’s field in use', async () => {
    // Short enough that the form's fields fill the screen, top to bottom.
    await withFramedCardForm(420, 480, async (form) => {
      const frame = await form.frameElement();
      /** The PIN field's box on the page, after bringing it to the bottom of the screen. */
      const pinBox = async (scroll: boolean) => {
        const inner = await form.evaluate((bottom) => {
          const label = Array.from(document.querySelectorAll('label')).find(
            (l) => l.textContent?.trim() === 'Payment PIN',
          );
          const field = document.getElementById(label!.htmlFor)!;
          if (bottom) field.scrollIntoView({ block: 'end' });
          const r = field.getBoundingClientRect();
          return { top: r.top, left: r.left, width: r.width, height: r.height };
        }, scroll);
        const origin = await frame!.evaluate((f) => {
          const r = f.getBoundingClientRect();
          return { left: r.left + f.clientLeft, top: r.top + f.clientTop };
        });
        return { ...inner, left: inner.left + origin.left, top: inner.top + origin.top };
      };
      const pin = await pinBox(true);
      // A real click at the field's centre, and typing, as a shopper does.
      await shop.mouse.click(pin.left + pin.width / 2, pin.top + pin.height / 2);
      await shop.keyboard.type('123456');
      await waitFor(
        'the bar to leave the PIN field in the frame free',
        async () => coveredBy((await guide.settledCallout()).box, [await pinBox(false)]),
        (covered) => covered.length === 0,
      );
      await frame!.dispose();
    });
  });

  it('follows the control in a frame when the page above the frame, or the frame’s own style, moves it', async () => {
    // Moves come from the browser (element-tracker.ts): the frame's, watched in the page,
    // and the control's, watched in the frame's document; neither is measured on mutations.
    await withFramedCardForm(1280, 900, async (form, before) => {
      const followed = (what: string, down: number) =>
        waitFor(
          `the spotlight to follow "Link card" ${down} px down (${what})`,
          () => guide.waitForSpotlight('linkCard'),
          (now) => Math.abs(now.top - (before.top + down)) <= 2,
        );
      await shop.evaluate(() => {
        const spacer = document.createElement('div');
        spacer.style.height = '40px';
        document.body.prepend(spacer);
      });
      await followed('the page grew above the frame', 40);
      // A style alone, in the frame: no words change, nothing for the reader to read.
      await form.evaluate(() => {
        document.body.style.paddingTop = '30px';
      });
      await followed('a style moved it in the frame', 70);
      await guide.expectSpotlightOn('linkCard', DEFAULT_LABELS.linkCard.en, form);
    });
  });

  it('at 420 px, a shopper clicks into the PIN field and types: the bar stays clear of it', async () => {
    const security = PAGES[0]!;
    await open(security, 420, 800);
    // A real click at the field's centre: it reaches the field, not the guide.
    const pin = await shop.evaluate(() => {
      const label = Array.from(document.querySelectorAll('label')).find(
        (l) => l.textContent?.trim() === 'Payment PIN (6 digits)',
      );
      const r = document.getElementById(label!.htmlFor)!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await shop.mouse.click(pin.x, pin.y);
    await shop.keyboard.type('482915');
    const focused = await waitFor(
      'the PIN field to hold the six digits typed',
      () =>
        shop.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el?.labels?.[0]?.textContent?.trim() === 'Payment PIN (6 digits)'
            ? el.value.length
            : -1;
        }),
      (length) => length === 6,
    );
    expect(focused).toBe(6);
    const callout = await guide.settledCallout();
    const page = await seen(shop);
    expect(page.focused).not.toBeNull();
    expect(coveredBy(callout.box, [page.focused!]), 'the focused PIN field covered').toEqual([]);
    expectClear(callout, page, null, 'while typing the PIN');
    expect(callout.placement).toMatch(/^dock-/);
  });

  it('follows the window: made narrow it docks as a bar, widened again it goes back beside the control', async () => {
    // The viewport is measured with the control (element-tracker.ts): a resize must
    // reach the placement in a real browser.
    const wide = await open(PAGES[1]!, 1280, 900);
    expect(wide.callout.placement).not.toMatch(/^dock-/);
    await shop.setViewport({ width: 420, height: 800 });
    const narrow = await waitFor(
      'the callout to dock once the window is narrow',
      () => guide.settledCallout(),
      (callout) => /^dock-(top|bottom)$/.test(callout.placement ?? ''),
    );
    expectClear(narrow, await seen(shop), null, 'after narrowing the window');
    await shop.setViewport({ width: 1280, height: 900 });
    await waitFor(
      'the callout to leave the edge once the window is wide again',
      () => guide.settledCallout(),
      (callout) => callout.placement !== null && !callout.placement.startsWith('dock-'),
    );
  });

  it('as a bar it is compact: the step and one line, the rest behind "More"', async () => {
    await open(PAGES[1]!, 360, 740);
    const folded = await guide.shownParts();
    expect(folded).toEqual(expect.arrayContaining(['count', 'say', 'actions']));
    expect(folded).not.toContain('title');
    expect(folded).not.toContain('why');
    await guide.expandDock();
    await waitFor(
      'the title and the why to show',
      () => guide.shownParts(),
      (parts) => parts.includes('title') && parts.includes('why'),
    );
  });

  it('on a right-to-left page its words still run left to right, its buttons in their order', async () => {
    await open(PAGES[1]!, 1280, 900);
    const ltr = await guide.calloutWriting();
    expect(ltr.direction).toBe('ltr');
    await shop.evaluate(() => {
      document.documentElement.dir = 'rtl';
      document.body.style.direction = 'rtl';
    });
    const pageDirection = await shop.evaluate(() => getComputedStyle(document.body).direction);
    expect(pageDirection).toBe('rtl');
    expect(await guide.calloutWriting()).toEqual(ltr);
  });

  it('finds header menus by role in any markup, never inside the page content', async () => {
    // A page the extension does not run on: only the selector's verdict counts here.
    await shop.goto('about:blank');
    const found = await shop.evaluate((selector) => {
      document.body.innerHTML = `
        <div><header><nav data-name="nav"><a href="/a">A</a></nav>
          <button aria-haspopup="menu" aria-expanded="false" data-name="account">Hi</button></header></div>
        <div role="banner"><div role="navigation" data-name="role-nav"></div>
          <span role="button" aria-expanded="true" data-name="toggle">x</span></div>
        <main><header><nav data-name="main-header"></nav></header></main>
        <article><header><button aria-haspopup="true" data-name="article">x</button></header></article>
        <section><header><nav data-name="section"></nav></header></section>
        <nav data-name="sidebar"></nav><footer><nav data-name="footer"></nav></footer>`;
      return Array.from(document.querySelectorAll(selector), (el) => el.getAttribute('data-name'));
    }, HEADER_MENUS);
    expect(found).toEqual(['nav', 'account', 'role-nav', 'toggle']);
  });
});

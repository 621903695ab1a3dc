// @vitest-environment happy-dom
/**
 * The on-page guide as start-guide.ts wires it: the controller drawing into a
 * real shadow host, with the default rules, driven by update() as the page
 * reader and the background would. The page reader is replaced by a plain
 * lookup of the document's links and buttons by their words; everything the
 * shopper sees is read from the shadow root.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuideController, SEARCH_GRACE_MS } from '@/entrypoints/guide/guide-controller';
import { mountShadowHost } from '@/entrypoints/guide/shadow-host';
import english from '@/public/_locales/en/messages.json';
import spanish from '@/public/_locales/es/messages.json';
import type { Detection } from '@/utils/detect/matcher';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import { chooseLanguage } from '@/utils/i18n/t';
import type { Pack } from '@/utils/packs/pack-schema';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { compiled, frames, MY_ALIEXPRESS, openGuidePage, useGuideLifetime } from './guide-on-page';

const SETTINGS = { ...DEFAULT_SETTINGS };
const START = { detection: MY_ALIEXPRESS, progress: emptyProgress(), settings: SETTINGS };

/** The email is verified; on the security page the PINs did not match. */
const PIN_MISMATCH = {
  detection: {
    site: 'alipay',
    pageId: 'ap-security',
    evidence: [],
    disproved: [],
    asked: [],
    errors: ['pin-mismatch'],
  } satisfies Detection,
  progress: reduceProgress(emptyProgress(), { type: 'mark-done', at: 1, step: 'verify-email' }),
  settings: SETTINGS,
};

const lifetime = useGuideLifetime();
const openPage = (...links: string[]) => openGuidePage(lifetime().signal, links);

describe('guide: its element on the page', () => {
  it('puts nothing on a page where it has nothing to say, and comes once there is', () => {
    const mountUi = vi.fn(() => mountShadowHost(lifetime().signal, ''));
    const guide = createGuideController(lifetime().signal, mountUi, () => compiled, {
      turnOff: vi.fn(),
      textsReady: () => true,
      reportDifferent: vi.fn(),
      controlsNamed: () => [],
    });
    const onPage = () => document.querySelector('alipay-card-guide');
    // The journey is done, and this is an ordinary store page.
    const done = reduceProgress(emptyProgress(), {
      type: 'mark-done',
      at: 1,
      step: 'confirm-card',
    });
    guide.update({
      detection: { ...MY_ALIEXPRESS, pageId: 'ae-other' },
      progress: done,
      settings: SETTINGS,
    });
    frames();
    // The guide turned off, on a page of the journey.
    guide.update({
      detection: MY_ALIEXPRESS,
      progress: emptyProgress(),
      settings: { ...SETTINGS, guideEnabled: false },
    });
    frames();
    expect(mountUi).not.toHaveBeenCalled();
    expect(onPage()).toBeNull();
    // Turned on: the element comes, once, and the callout in it.
    guide.update({ settings: SETTINGS });
    frames();
    guide.update(START);
    frames();
    expect(mountUi).toHaveBeenCalledTimes(1);
    expect(onPage()).not.toBeNull();
    const shadow = mountUi.mock.results[0]!.value.root.getRootNode() as ShadowRoot;
    expect(shadow.querySelector('[data-agc-hint]')?.getAttribute('data-step')).toBe('sync');
  });

  it('does no UI work where it says nothing: no frame, no control looked up, no measure on scroll', () => {
    const page = openPage('My AliPay account', 'My orders');
    const control = document.querySelector('a')!;
    const measured = vi.spyOn(control, 'getBoundingClientRect');
    const idle = () => {
      // Nothing pending: no animation frame asked for, no timer, and a scroll measures nothing.
      window.dispatchEvent(new Event('scroll'));
      expect(vi.getTimerCount()).toBe(0);
      expect(page.callbacks.controlsNamed).not.toHaveBeenCalled();
      expect(measured).not.toHaveBeenCalled();
    };
    // An ordinary store page once the journey is done, updated as the page changes.
    const done = reduceProgress(emptyProgress(), {
      type: 'mark-done',
      at: 1,
      step: 'confirm-card',
    });
    page.guide.update({
      detection: { ...MY_ALIEXPRESS, pageId: 'ae-other' },
      progress: done,
      settings: SETTINGS,
    });
    page.guide.update({ detection: { ...MY_ALIEXPRESS, pageId: 'ae-other' } });
    idle();
    // A page of the journey with the guide turned off.
    page.guide.update({ ...START, settings: { ...SETTINGS, guideEnabled: false } });
    page.guide.update({ detection: { ...MY_ALIEXPRESS } });
    idle();

    // Hidden by the shopper on this page: the callout goes, and so does all following.
    page.guide.update({ settings: SETTINGS });
    frames();
    expect(page.hint()).not.toBeNull();
    page.button('hide')?.click();
    frames();
    expect(page.hint()).toBeNull();
    page.callbacks.controlsNamed.mockClear();
    measured.mockClear();
    page.guide.update({ detection: { ...MY_ALIEXPRESS } });
    idle();
  });
});

describe('guide: what the callout says', () => {
  it('points at the next control, with the step and its counter', () => {
    const page = openPage('My orders', 'My AliPay account');
    page.guide.update(START);
    frames();
    const hint = page.hint();
    expect(page.ui.host.isConnected).toBe(true);
    // The page sees an empty element: no text, no state, no buttons to reach.
    expect(page.ui.host.shadowRoot).toBeNull();
    expect(page.ui.host.textContent).toBe('');
    expect(hint?.dataset).toMatchObject({
      step: 'sync',
      page: 'ae-my-aliexpress',
      control: 'myAliPayAccount',
      search: 'found',
    });
    expect(page.text('.count')).toBe('Step 1 of 5');
    expect(page.text('.title')).toBe(english.step_sync_title.message);
    // The control in the page's words (issue #11).
    expect(page.text('.say')).toBe('Choose “My AliPay account” to go to AliPay.');
    expect(page.shadow.querySelector('[data-agc-spotlight]')).not.toBeNull();
    expect(page.live()).toBe(`Step 1 of 5: ${english.step_sync_title.message}`);
    expect(page.callbacks.controlsNamed).toHaveBeenCalledWith(
      compiled.wordings.get('myAliPayAccount'),
    );
  });

  it('explains an error on the page, for sight and for screen readers', () => {
    const page = openPage('Save');
    page.guide.update(PIN_MISMATCH);
    frames();
    expect(page.hint()?.dataset).toMatchObject({ step: 'set-pin', page: 'ap-security' });
    expect(page.text('.count')).toBe('Step 3 of 5');
    const error = page.hint()?.querySelector('[data-agc-error]');
    expect(error?.textContent).toBe(
      `${english.problemLabel.message}: ${english.err_pin_mismatch.message}`,
    );
    expect(page.live()).toContain(english.err_pin_mismatch.message);
    // Said once: the error's help replaces the form's instruction; Save stays highlighted.
    expect(page.hint()?.querySelector('.say')).toBeNull();
    expect(page.shadow.querySelector('[data-agc-spotlight]')).not.toBeNull();
  });

  it("uses an active pack's title for the step", () => {
    const pack: Pack = {
      format: 'alipay-card-guide-pack',
      formatVersion: 1,
      id: 'titles',
      name: 'Titles',
      version: '1.0.0',
      author: 'Support',
      steps: { sync: { en: { title: 'Join your two accounts', tips: ['It takes a minute.'] } } },
    };
    const page = openPage('My AliPay account');
    page.guide.update({ ...START, pack });
    frames();
    expect(page.text('.title')).toBe('Join your two accounts');
    expect(page.text('.tips')).toBe('It takes a minute.');
  });

  it('speaks Spanish, naming the control in the page’s words', () => {
    chooseLanguage('es', spanish);
    document.documentElement.lang = 'es';
    const page = openPage();
    page.guide.update({ ...START, settings: { ...SETTINGS, language: 'es' } });
    vi.advanceTimersByTime(SEARCH_GRACE_MS);
    frames();
    expect(page.text('.count')).toBe('Paso 1 de 5');
    expect(page.text('.missing')).toBe(
      'Todavía no encontramos «Mi cuenta de AliPay» en esta página.',
    );
    expect(page.button('hide')?.textContent).toBe('Ocultar en esta página');
  });
});

describe('guide: the shopper’s own controls', () => {
  it('"Hide on this page" removes the callout here, and it comes back on the next page', () => {
    const page = openPage('My AliPay account', 'My orders');
    page.guide.update(START);
    frames();
    page.button('hide')?.click();
    frames();
    expect(page.hint()).toBeNull();
    expect(page.shadow.querySelector('[data-agc-spotlight]')).toBeNull();
    expect(page.live()).toBe('');
    // The page changes under it but is the same page: still hidden.
    page.guide.update({ detection: { ...MY_ALIEXPRESS } });
    frames();
    expect(page.hint()).toBeNull();
    page.guide.update({
      detection: {
        site: 'aliexpress',
        pageId: 'ae-other',
        evidence: [],
        disproved: [],
        asked: [],
        errors: [],
      },
    });
    frames();
    expect(page.hint()?.dataset.page).toBe('ae-other');
  });

  it('Escape in the callout hides it too', () => {
    const page = openPage('My AliPay account');
    page.guide.update(START);
    frames();
    page
      .button('hide')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    frames();
    expect(page.hint()).toBeNull();
  });

  it('"Turn the guide off" asks for it to be turned off, and the callout goes with the setting', () => {
    const page = openPage('My AliPay account');
    page.guide.update(START);
    frames();
    page.button('turn-off')?.click();
    expect(page.callbacks.turnOff).toHaveBeenCalledOnce();
    // The background answers with the new settings (start-guide.ts passes them on).
    page.guide.update({ settings: { ...SETTINGS, guideEnabled: false } });
    frames();
    expect(page.hint()).toBeNull();
  });

  it('stops drawing when its context goes away', () => {
    const page = openPage('My AliPay account');
    page.guide.update(START);
    frames();
    lifetime().abort();
    expect(page.ui.host.isConnected).toBe(false);
    expect(page.hint()).toBeNull();
  });
});

describe('guide: finding the control', () => {
  it('searches while late content may still come, then says it cannot find it', () => {
    const page = openPage('My orders');
    page.guide.update(START);
    frames();
    expect(page.hint()?.dataset.search).toBe('searching');
    expect(page.text('.searching')).toBe(english.searching.message);
    expect(page.button('looks-different')).toBeNull();

    vi.advanceTimersByTime(SEARCH_GRACE_MS - 100);
    frames();
    expect(page.hint()?.dataset.search).toBe('searching');

    vi.advanceTimersByTime(100);
    frames();
    expect(page.hint()?.dataset.search).toBe('missing');
    expect(page.text('.searching')).toBeNull();
    expect(page.text('.missing')).toBe("We can't find “My AliPay account” on this page yet.");
    expect(page.shadow.querySelector('[data-agc-spotlight]')).toBeNull();
  });

  it('"This page looks different" sends a note once and thanks the shopper', () => {
    const page = openPage();
    page.guide.update(START);
    vi.advanceTimersByTime(SEARCH_GRACE_MS);
    frames();
    expect(page.button('looks-different')?.textContent).toBe(english.looksDifferent.message);
    page.button('looks-different')?.click();
    frames();
    expect(page.callbacks.reportDifferent).toHaveBeenCalledExactlyOnceWith(
      MY_ALIEXPRESS,
      'sync',
      'myAliPayAccount',
    );
    expect(page.button('looks-different')).toBeNull();
    expect(page.hint()?.querySelector('.reported')?.textContent).toBe(
      english.looksDifferentSent.message,
    );
  });

  it('finds a control that appears after the guide started looking', () => {
    const page = openPage();
    page.guide.update(START);
    frames();
    expect(page.hint()?.dataset.search).toBe('searching');
    const late = document.createElement('button');
    late.textContent = 'My AliPay account';
    document.body.append(late);
    // The page reader reports the mutation; the guide looks again shortly after.
    page.guide.pageMoved([]);
    vi.advanceTimersByTime(100);
    frames();
    expect(page.hint()?.dataset.search).toBe('found');
    // Past the grace period it stays found.
    vi.advanceTimersByTime(SEARCH_GRACE_MS);
    frames();
    expect(page.hint()?.dataset.search).toBe('found');
    expect(page.shadow.querySelector('[data-agc-spotlight]')).not.toBeNull();
  });
});

describe('guide: keyboard focus', () => {
  it('stays on a callout button when the same data is drawn again', () => {
    const page = openPage('My AliPay account');
    page.guide.update(START);
    frames();
    const hide = page.button('hide')!;
    hide.focus();
    expect(page.shadow.activeElement).toBe(hide);
    page.guide.update(START);
    frames();
    page.guide.update({ ...START, progress: emptyProgress() });
    frames();
    expect(page.button('hide')).toBe(hide);
    expect(hide.isConnected).toBe(true);
    expect(page.shadow.activeElement).toBe(hide);
    expect(document.activeElement).toBe(page.ui.host);
  });

  it('stays on a callout button while the words above it change', () => {
    const page = openPage();
    page.guide.update(START);
    frames();
    const turnOff = page.button('turn-off')!;
    turnOff.focus();
    // Searching → missing rebuilds the words and adds "looks different" before the buttons.
    vi.advanceTimersByTime(SEARCH_GRACE_MS);
    frames();
    expect(page.hint()?.dataset.search).toBe('missing');
    expect(page.shadow.activeElement).toBe(turnOff);
    expect(turnOff.isConnected).toBe(true);
  });
});

describe('guide: where the callout goes (issue #11)', () => {
  /** A viewport of this size (happy-dom has no layout: the guide reads the root's client size). */
  function viewport(width: number, height: number) {
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(width);
    vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(height);
  }
  /** Gives an element a box on screen, as layout would. */
  function at<E extends Element>(el: E, top: number, left: number, width: number, height: number) {
    el.getBoundingClientRect = () => DOMRect.fromRect({ x: left, y: top, width, height });
    return el;
  }

  /** A wide screen, the guide drawn for a page whose one link sits at this box. */
  function showBesideLink(top: number, left: number, width: number, height: number) {
    viewport(1280, 800);
    const page = openPage('My AliPay account');
    at(document.querySelector('a')!, top, left, width, height);
    page.guide.update(START);
    frames();
    return page;
  }

  afterEach(() => vi.restoreAllMocks());

  it('beside the control on a wide screen, with no "More" button', () => {
    const page = showBesideLink(200, 100, 150, 30);
    expect(page.hint()?.dataset.placement).toBe('right');
    expect(page.button('more')).toBeNull();
    expect(page.hint()?.style.width).toBe('320px');
  });

  // Issue #10: a fractional number turned into text makes V8 allocate a 48 KB cache on a
  // page whose own scripts never did (guide-overlay.ts, `px`).
  it('places the callout and its ring at whole pixels around a control at a fractional place', () => {
    const page = showBesideLink(200.4, 100.6, 150.25, 30.5);
    const ring = page.shadow.querySelector<HTMLElement>('[data-agc-spotlight]')!;
    const placed = [ring.style.top, ring.style.left, ring.style.width, ring.style.height];
    placed.push(page.hint()!.style.top, page.hint()!.style.left);
    expect(placed.every((value) => /^-?\d+px$/.test(value))).toBe(true);
    // The ring keeps its 6 px margin around the control, to the nearest pixel.
    expect([ring.style.top, ring.style.left, ring.style.width, ring.style.height]).toEqual([
      '194px',
      '95px',
      '162px',
      '43px',
    ]);
  });

  // Issue #10: the callout's real height comes from a ResizeObserver after the frame that drew it.
  it('draws again for its measured height only when that height moves it', () => {
    // happy-dom has no layout: this observer reports the height the test says the callout has.
    let report: (height: number) => void = () => {};
    class MeasuringObserver {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        report = (height) =>
          this.callback(
            [{ target, borderBoxSize: [{ blockSize: height, inlineSize: 320 }] }] as never,
            this as never,
          );
      }
      disconnect() {}
      unobserve() {}
    }
    vi.stubGlobal('ResizeObserver', MeasuringObserver);
    try {
      const frameAsked = vi.spyOn(window, 'requestAnimationFrame');
      // Beside a link high on a wide screen: a callout taller than first thought stays where it is.
      const page = showBesideLink(100, 100, 150, 30);
      expect(page.hint()?.style.top).toBe('94px');
      frameAsked.mockClear();
      report(180);
      expect(frameAsked).not.toHaveBeenCalled();
      // Near the bottom it must move up to stay in the viewport, and does.
      at(document.querySelector('a')!, 500, 100, 150, 30);
      window.dispatchEvent(new Event('scroll'));
      frames();
      expect(page.hint()?.style.top).toBe('494px');
      report(400);
      expect(frameAsked).toHaveBeenCalled();
      frames();
      expect(page.hint()?.dataset.placement).toBe('right');
      expect(page.hint()?.style.top).toBe(`${800 - 400 - 8}px`);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('docks as a compact bar on a narrow screen, clear of the header menu', () => {
    viewport(400, 800);
    const header = document.createElement('header');
    const nav = at(document.createElement('nav'), 10, 200, 200, 60);
    header.append(nav);
    document.body.append(header);
    const page = openPage('My AliPay account');
    at(document.querySelector('a')!, 300, 20, 150, 30);
    document.body.append(at(document.createElement('input'), 750, 20, 300, 40));
    page.guide.update(START);
    frames();
    // The header menu is at the top, a field at the bottom: the menu is never covered.
    expect(page.hint()?.dataset.placement).toBe('dock-bottom');
    // Full width from the stylesheet, on the bottom edge whatever its height.
    expect(page.hint()?.style.width).toBe('');
    expect(page.hint()?.style.top).toBe('');
    // Hide and turn off stay buttons a keyboard reaches, after the disclosure.
    const buttons = Array.from(page.hint()!.querySelectorAll('button'));
    expect(buttons.map((b) => b.dataset.action)).toEqual(['more', 'hide', 'turn-off']);
    expect(buttons.every((b) => b.type === 'button' && !b.hasAttribute('tabindex'))).toBe(true);
    const more = page.button('more')!;
    expect(more.textContent).toBe(english.showMore.message);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    expect(more.getAttribute('aria-expanded')).toBe('true');
    more.click();
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves the bar away from the field the shopper is typing in', () => {
    viewport(400, 800);
    const page = openPage('My AliPay account');
    at(document.querySelector('a')!, 300, 20, 150, 30);
    // One field under each edge: alike, so the bar takes the bottom edge.
    const top = at(document.createElement('input'), 30, 20, 300, 40);
    const bottom = at(document.createElement('input'), 740, 20, 300, 40);
    document.body.append(top, bottom);
    page.guide.update(START);
    frames();
    expect(page.hint()?.dataset.placement).toBe('dock-bottom');
    // Focus goes to the bottom field: the bar moves to the top edge.
    bottom.focus();
    frames();
    expect(page.hint()?.dataset.placement).toBe('dock-top');
    top.focus();
    frames();
    expect(page.hint()?.dataset.placement).toBe('dock-bottom');
  });

  it('docks when the window is made narrow, and goes back beside the control when widened', () => {
    const page = showBesideLink(200, 100, 150, 30);
    expect(page.hint()?.dataset.placement).toBe('right');
    viewport(400, 800);
    window.dispatchEvent(new Event('resize'));
    frames();
    expect(page.hint()?.dataset.placement).toBe('dock-bottom');
    viewport(1280, 800);
    window.dispatchEvent(new Event('resize'));
    frames();
    expect(page.hint()?.dataset.placement).toBe('right');
  });

  // Issue #10: the viewport is read with the control, where layout is up to date. Read
  // again as the callout is drawn, after the page changed, it forced a style update.
  it('reads no geometry to redraw the same callout in another language', () => {
    const page = showBesideLink(200, 100, 150, 30);
    const width = vi.spyOn(document.documentElement, 'clientWidth', 'get');
    const box = vi.spyOn(document.querySelector('a')!, 'getBoundingClientRect');
    width.mockClear();
    chooseLanguage('es', spanish);
    frames();
    expect(page.text('.count')).toBe('Paso 1 de 5');
    expect(width).not.toHaveBeenCalled();
    expect(box).not.toHaveBeenCalled();
    expect(page.hint()?.dataset.placement).toBe('right');
  });

  it('keeps clear of the fields while it cannot find its control', () => {
    viewport(400, 800);
    const page = openPage();
    document.body.append(at(document.createElement('textarea'), 700, 20, 300, 80));
    page.guide.update(START);
    vi.advanceTimersByTime(SEARCH_GRACE_MS);
    frames();
    expect(page.hint()?.dataset.search).toBe('missing');
    expect(page.hint()?.dataset.placement).toBe('dock-top');
  });
});

// @vitest-environment happy-dom
/**
 * Issue #10: the guide speaks from its own share of the catalogue, which the
 * background sends (utils/i18n/guide-messages.ts), not from `browser.i18n`,
 * whose first call in a page waits on the browser for every message of the
 * extension. It asks for that share only once it has something to say, and
 * says nothing until it is in hand; if it cannot come, `browser.i18n`
 * answers. The background here is a listener on WXT's fake browser.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startGuide } from '@/entrypoints/guide/start-guide';
import { HOST_TAG } from '@/entrypoints/guide/shadow-host';
import english from '@/public/_locales/en/messages.json';
import spanish from '@/public/_locales/es/messages.json';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { emptyProgress } from '@/utils/flow/progress';
import { guideCatalogue } from '@/utils/i18n/guide-messages';
import { DEFAULT_SETTINGS, type LanguageSetting } from '@/utils/settings/settings';

interface Sent {
  type: string;
  payload: { lang?: LanguageSetting; pageId?: string | null };
}

const ok = (data: unknown) => ({ ok: true, data });
const failed = { ok: false, error: { code: 'failed', message: 'the worker stopped' } };

/** A background whose settings say `language`, answering getCatalogue by `texts`. */
function fakeBackground(language: LanguageSetting, texts: (lang: LanguageSetting) => unknown) {
  const sent: Sent[] = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as Sent;
    sent.push(message);
    if (message.type === 'getRules')
      return Promise.resolve(ok({ rules: DEFAULT_RULES, packKey: '' }));
    if (message.type === 'getCatalogue') return Promise.resolve(texts(message.payload.lang!));
    const settings = { ...DEFAULT_SETTINGS, language };
    return Promise.resolve(ok({ progress: emptyProgress(), settings, pack: null }));
  });
  return {
    asked: () => sent.filter((m) => m.type === 'getCatalogue').map((m) => m.payload.lang),
    states: () => sent.filter((m) => m.type === 'pageSeen' || m.type === 'getProgress').length,
    pages: () => sent.filter((m) => m.type === 'pageSeen').map((m) => m.payload.pageId),
  };
}

/** The guide's shadow root is closed: kept here as it is attached. */
let guideRoot: ShadowRoot | null = null;
let page = new AbortController();
beforeEach(() => {
  // happy-dom lays nothing out: every element and its words get a box on screen, so the
  // reader perceives the page.
  const onScreen = DOMRect.fromRect({ x: 10, y: 10, width: 120, height: 24 });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(onScreen);
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(onScreen);
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    if (this.localName === HOST_TAG) guideRoot = root;
    return root;
  });
});
afterEach(() => {
  page.abort();
  guideRoot = null;
  vi.restoreAllMocks();
});

/** A store page with `html` as its body, and the guide started on it. */
function startOnStorePage(html: string) {
  document.body.innerHTML = html;
  page = new AbortController();
  startGuide({ signal: page.signal, alive: () => !page.signal.aborted }, 'aliexpress');
}
/** My AliExpress with its "My AliPay account" link: the guide points at the link. */
const startOnMyAliExpress = () =>
  startOnStorePage('<h1>My AliExpress</h1><a href="#">My AliPay account</a>');

const calloutText = () => guideRoot?.querySelector('[data-agc-hint] .say')?.textContent;

describe('the guide’s texts', () => {
  it('come from the background on "automatic", with no call to browser.i18n', async () => {
    // The browser's own answer would be English; the background's texts here are Spanish,
    // so what the callout says shows which one spoke.
    const background = fakeBackground('auto', () => ok({ catalogue: guideCatalogue(spanish) }));
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    startOnMyAliExpress();
    await vi.waitFor(() =>
      expect(calloutText()).toBe('Elige «My AliPay account» para ir a AliPay.'),
    );
    expect(background.asked()).toEqual(['auto']);
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('are those of the language the settings choose', async () => {
    const background = fakeBackground('es', (lang) =>
      ok({ catalogue: guideCatalogue(lang === 'es' ? spanish : english) }),
    );
    startOnMyAliExpress();
    await vi.waitFor(() =>
      expect(calloutText()).toBe('Elige «My AliPay account» para ir a AliPay.'),
    );
    expect(background.asked()).toEqual(['es']);
  });

  it('are not asked for where the guide has nothing to say', async () => {
    // A store page the rules know nothing of: no step, nothing to point at.
    const background = fakeBackground('auto', () => ok({ catalogue: guideCatalogue(english) }));
    startOnStorePage('<h1>Flash deals</h1><p>Up to 70% off</p>');
    await vi.waitFor(() => expect(background.pages()).toEqual([null]));
    // The reply has come and the guide has drawn (nothing) in the frames after it.
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
    expect(background.asked()).toEqual([]);
    expect(guideRoot).toBeNull();
  });

  it('come from browser.i18n when the background cannot send them, asked once', async () => {
    const background = fakeBackground('auto', () => failed);
    startOnMyAliExpress();
    await vi.waitFor(() =>
      expect(calloutText()).toBe('Choose “My AliPay account” to go to AliPay.'),
    );
    // Not asked again as the guide redraws, nor with the next state (the tab comes back into view).
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(background.states()).toBeGreaterThan(1));
    expect(background.asked()).toEqual(['auto']);
  });
});

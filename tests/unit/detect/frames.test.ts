// @vitest-environment happy-dom
/**
 * Issue #10: a card form in a same-origin frame. What the frame shows is read
 * as part of the page around it, in both languages: its status proves the
 * step on the card page, a hidden frame proves nothing, a frame that loads
 * another document drops what the old one said, and changes inside a frame
 * are followed like the page's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectPageFacts } from './read-page';
import { DEFAULT_LABELS, type LabelId } from '@/utils/detect/default-labels';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { compileRules, detectPage, wordFilter } from '@/utils/detect/matcher';
import { createPageReader } from '@/utils/detect/page-reader';

const compiled = compileRules(DEFAULT_RULES);
const filter = wordFilter(compiled);
type Lang = 'en' | 'es';
const L = (id: LabelId, lang: Lang) => DEFAULT_LABELS[id][lang];

/**
 * Puts a frame showing `srcdoc` on the page and waits for it to load. happy-dom
 * leaves out `window.frameElement`, which every browser gives a same-origin
 * frame; it is set here as the browser would.
 */
async function addFrame(
  srcdoc: string,
  attributes = '',
  parent: ParentNode = document.body,
): Promise<HTMLIFrameElement> {
  const template = document.createElement('template');
  template.innerHTML = `<iframe ${attributes}></iframe>`;
  const frame = template.content.firstElementChild as HTMLIFrameElement;
  await navigate(frame, srcdoc, () => parent.append(frame));
  return frame;
}

/** Loads `srcdoc` into the frame (`place` puts a new frame on the page first). */
async function navigate(
  frame: HTMLIFrameElement,
  srcdoc: string,
  place = () => undefined as void,
): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = srcdoc;
  place();
  await loaded;
  Object.defineProperty(frame.contentWindow, 'frameElement', { value: frame, configurable: true });
}

const detect = () => detectPage(compiled, 'alipay', collectPageFacts(document, filter));

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each<Lang>(['en', 'es'])('same-origin frames (%s)', (lang) => {
  const heading = () => `<h1>${L('manageCards', lang)}</h1>`;
  const linked = () => `<div role="status">${L('cardLinked', lang)}</div>`;

  it('a status inside the card form’s frame proves the card linked', async () => {
    document.body.innerHTML = heading();
    await addFrame(`<form><button>${L('linkCard', lang)}</button></form>${linked()}`);
    const result = detect();
    expect(result.pageId).toBe('ap-manage-cards');
    expect(result.evidence).toEqual(['link-card']);
  });

  it('a frame nested in a frame is read too', async () => {
    document.body.innerHTML = heading();
    const outer = await addFrame('<p>Payment</p>');
    await addFrame(linked(), '', outer.contentDocument!.body);
    expect(detect().evidence).toEqual(['link-card']);
  });

  it.each([
    ['hidden', 'hidden'],
    ['aria-hidden', 'aria-hidden="true"'],
    ['styled display:none', 'style="display:none"'],
    ['at opacity 0', 'style="opacity:0"'],
    ['inside a closed details', null],
  ])('a frame %s proves nothing', async (_how, attributes) => {
    document.body.innerHTML = heading();
    if (attributes === null) {
      document.body.insertAdjacentHTML('beforeend', '<details><summary>More</summary></details>');
      await addFrame(linked(), '', document.querySelector('details')!);
    } else await addFrame(linked(), attributes);
    expect(detect().evidence).toEqual([]);
  });

  it('follows the frame: a status added later counts, and a new document drops the old', async () => {
    document.body.innerHTML = heading();
    const frame = await addFrame(`<form><button>${L('linkCard', lang)}</button></form>`);
    const stop = new AbortController();
    let changes = 0;
    const reader = createPageReader(document, stop.signal, {
      filter,
      layout: false,
      onChange: () => (changes += 1),
    });
    const evidence = () => detectPage(compiled, 'alipay', reader.facts()).evidence;
    reader.flush();
    expect(evidence()).toEqual([]);
    expect(reader.elements('control', [L('linkCard', lang).toLowerCase()])).toHaveLength(1);

    // The form's own script shows the result in place.
    frame.contentDocument!.body.insertAdjacentHTML('beforeend', linked());
    await new Promise((r) => setTimeout(r, 0));
    reader.flush();
    expect(evidence()).toEqual(['link-card']);

    // The frame loads another document: what the old one said is gone.
    changes = 0;
    await navigate(frame, '<p>Loading…</p>');
    reader.flush();
    expect(changes).toBeGreaterThan(0);
    expect(evidence()).toEqual([]);
    stop.abort();
  });
});

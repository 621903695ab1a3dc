// @vitest-environment happy-dom
/**
 * Issue #10: detection sees what a person perceives, no more. Each pattern of
 * real pages (icon-font ligatures, aria-labelledby, split text, shadow roots
 * late and nested, transient toasts) in both languages, and every decoy kind
 * that a person cannot see or that says something else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectPageFacts } from './read-page';
import { DEFAULT_LABELS, type LabelId } from '@/utils/detect/default-labels';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { compileRules, detectPage, isStatus, wordFilter } from '@/utils/detect/matcher';
import { normalizeText } from '@/utils/detect/normalize';
import type { Site } from '@/utils/site/sites';

const compiled = compileRules(DEFAULT_RULES);
type Lang = 'en' | 'es';
const L = (id: LabelId, lang: Lang) => DEFAULT_LABELS[id][lang];

function detect(site: Site, html: string | (() => void)) {
  if (typeof html === 'string') document.body.innerHTML = html;
  else html();
  return detectPage(compiled, site, collectPageFacts(document, wordFilter(compiled)));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each<Lang>(['en', 'es'])('what a person perceives (%s)', (lang) => {
  const cards = `<h1>${L('manageCards', lang)}</h1>`;

  it('reads a heading as announced, without its aria-hidden icon-font ligature', () => {
    const result = detect(
      'alipay',
      `<h1><span aria-hidden="true" class="icon">credit_card</span> ${L('manageCards', lang)}</h1>`,
    );
    expect(result.pageId).toBe('ap-manage-cards');
  });

  it('follows aria-labelledby to name an icon link', () => {
    const result = detect(
      'alipay',
      `<a href="/c" aria-labelledby="lbl"><i aria-hidden="true">payment</i></a><span id="lbl" hidden>${L('manageCards', lang)}</span>`,
    );
    expect(result.pageId).toBe('ap-profile');
  });

  it('joins text split across elements and odd spacing', () => {
    const [first, ...rest] = L('accountReady', lang).split(' ');
    const result = detect(
      'alipay',
      `<div role="status"><b>${first}</b>&nbsp;<em>${rest.join('</em> <em>')}</em>.</div>`,
    );
    expect(result.evidence).toEqual(['set-pin']);
  });

  it('reads a status inside nested open shadow roots', () => {
    const result = detect('alipay', () => {
      document.body.innerHTML = `${cards}<app-shell></app-shell>`;
      const outer = document.querySelector('app-shell')!.attachShadow({ mode: 'open' });
      outer.innerHTML = '<app-toast></app-toast>';
      const inner = outer.querySelector('app-toast')!.attachShadow({ mode: 'open' });
      inner.innerHTML = `<div role="status"><span>${L('cardLinked', lang)}</span> <span>Visa •••• 4242</span></div>`;
    });
    expect(result.evidence).toEqual(['link-card']);
  });

  it('takes the status with its masked card number, and never the start of another sentence', () => {
    const label = L('cardLinked', lang);
    expect(isStatus(normalizeText(`${label} · Visa •••• 4242`), normalizeText(label))).toBe(true);
    expect(isStatus(normalizeText(`${label}: **** 1234`), normalizeText(label))).toBe(true);
    expect(isStatus(normalizeText(`${label} to another account`), normalizeText(label))).toBe(
      false,
    );
    expect(isStatus(normalizeText(`${label}?`), normalizeText(label))).toBe(false);
  });
});

/**
 * Every way a page can put the words somewhere a person does not perceive them as the status.
 * Colours are written as a browser computes them (happy-dom computes none): `transparent`
 * is rgba(0, 0, 0, 0). The e2e spoof suite writes them as pages do.
 */
const CLEAR = 'rgba(0, 0, 0, 0)';
const DECOYS: [string, (label: string) => string][] = [
  ['opacity 0', (l) => `<div role="status" style="opacity:0">${l}</div>`],
  ['an ancestor at opacity 0', (l) => `<div style="opacity:0"><p role="status">${l}</p></div>`],
  ['aria-hidden', (l) => `<div role="status" aria-hidden="true">${l}</div>`],
  ['hidden', (l) => `<div role="status" hidden>${l}</div>`],
  ['display none', (l) => `<div role="status" style="display:none">${l}</div>`],
  ['visibility hidden', (l) => `<div role="status" style="visibility:hidden">${l}</div>`],
  ['clip-path inset(50%)', (l) => `<div role="status" style="clip-path:inset(50%)">${l}</div>`],
  [
    'clip rect(0 0 0 0)',
    (l) => `<div role="status" style="position:absolute;clip:rect(0px,0px,0px,0px)">${l}</div>`,
  ],
  ['font-size 0', (l) => `<div role="status" style="font-size:0">${l}</div>`],
  ['transparent text', (l) => `<div role="status" style="color:${CLEAR}">${l}</div>`],
  [
    'a transparent part of the words',
    (l) => `<div role="status"><span style="color:rgba(0,0,0,0)">${l}</span></div>`,
  ],
  [
    'the colour of its background',
    (l) =>
      `<div style="background-color:rgb(255, 255, 255)"><p role="status" style="color:rgb(250, 250, 250)">${l}</p></div>`,
  ],
  [
    'the colour of the page',
    (l) => `<div role="status" style="color:rgb(255, 255, 255)">${l}</div>`,
  ],
  ['a filter that fades it', (l) => `<div role="status" style="filter:opacity(0)">${l}</div>`],
  [
    'an ancestor faded by filter and opacity together',
    (l) => `<div style="opacity:0.3;filter:opacity(20%)"><p role="status">${l}</p></div>`,
  ],
  ['a blur', (l) => `<div role="status" style="filter:blur(6px)">${l}</div>`],
  [
    'blurs that add up',
    (l) => `<div style="filter:blur(3px)"><p role="status" style="filter:blur(3px)">${l}</p></div>`,
  ],
  [
    'transparent letters that show a background of the page’s colour',
    (l) =>
      `<div role="status" style="color:${CLEAR};background-clip:text;background-color:rgb(255, 255, 255)">${l}</div>`,
  ],
  ['a template', (l) => `<template><div role="status">${l}</div></template>`],
  // Fallback content: drawn only by a browser that cannot draw the element itself.
  ['a canvas’s fallback', (l) => `<canvas role="status">${l}</canvas>`],
  ['a video’s fallback', (l) => `<video><div role="status">${l}</div></video>`],
  ['an audio player’s fallback', (l) => `<audio controls>${l}</audio>`],
  ['a progress bar’s fallback', (l) => `<progress value="1" max="2">${l}</progress>`],
  ['a meter’s fallback', (l) => `<meter value="0.5">${l}</meter>`],
  ['closed details', (l) => `<details><summary>More</summary><p>${l}</p></details>`],
  ['a button label', (l) => `<button type="button">${l}</button>`],
  ['a link label', (l) => `<a href="/x">${l}</a>`],
  [
    'the start of another sentence',
    (l) => `<p><strong>${l}</strong> to another account could not be verified</p>`,
  ],
  ['a question', (l) => `<p>${l}? Not yet</p>`],
  ['a typed value', (l) => `<label>Note <input value="${l}"></label>`],
  ['an editable region', (l) => `<div contenteditable="true">${l}</div>`],
  ['a textarea', (l) => `<textarea>${l}</textarea>`],
];

describe.each<Lang>(['en', 'es'])('decoys tick nothing (%s)', (lang) => {
  const page = `<h1>${L('manageCards', lang)}</h1>`;
  it.each(DECOYS)('"Card linked" in %s', (_what, decoy) => {
    const result = detect('alipay', `${page}<main>${decoy(L('cardLinked', lang))}</main>`);
    expect(result.pageId).toBe('ap-manage-cards');
    expect(result.evidence).toEqual([]);
  });

  it.each([
    ['plainly', ''],
    ['in white on a green toast', 'background-color:rgb(27, 94, 32);color:rgb(255, 255, 255)'],
    ['in white over a picture', 'background-image:url(toast.png);color:rgb(255, 255, 255)'],
    ['in white with a shadow', 'color:rgb(255, 255, 255);text-shadow:0 0 2px rgb(0, 0, 0)'],
    ['in white on a toast out of flow', 'position:fixed;bottom:0;color:rgb(255, 255, 255)'],
    [
      'in gradient letters',
      `color:${CLEAR};background-image:linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255));background-clip:text`,
    ],
    [
      'in transparent letters that show a dark background',
      `color:${CLEAR};background-color:rgb(0, 0, 0);background-clip:text`,
    ],
    ['with a drop shadow', 'filter:drop-shadow(0 2px 6px rgb(0, 0, 0))'],
    ['slightly blurred', 'filter:blur(1px)'],
  ])('while the same status shown %s on its page does', (_how, style) => {
    const result = detect(
      'alipay',
      `${page}<div role="status" style="${style}">${L('cardLinked', lang)}</div>`,
    );
    expect(result.evidence).toEqual(['link-card']);
  });

  it('white words with no background of their own count on a page that allows dark', () => {
    const result = detect(
      'alipay',
      `<meta name="color-scheme" content="light dark">${page}<div role="status" style="color:rgb(255, 255, 255)">${L('cardLinked', lang)}</div>`,
    );
    expect(result.evidence).toEqual(['link-card']);
  });

  it('a seller review quoting "Card linked" on another page proves nothing', () => {
    const result = detect(
      'alipay',
      `<a href="/c" aria-label="${L('manageCards', lang)}">💳</a><section><h2>Reviews</h2><p>${L('cardLinked', lang)}</p></section>`,
    );
    expect(result.pageId).toBe('ap-profile');
    expect(result.evidence).toEqual([]);
  });

  it('a transparent card list confirms no card', () => {
    const result = detect(
      'aliexpress',
      `<h1>${L('cardsAndBankAccounts', lang)}</h1><ul style="opacity:0"><li>Visa •••• 4242 <button>${L('deleteCard', lang)}</button><button>${L('useForPayments', lang)}</button></li></ul>`,
    );
    expect(result.pageId).toBe('ae-cards');
    expect(result.evidence).toEqual([]);
  });

  it('reads a card drawn as separate spans with no spaces between them', () => {
    const result = detect(
      'aliexpress',
      `<h1>${L('cardsAndBankAccounts', lang)}</h1><ul><li><span>Visa</span><span>•••• 4242</span><span>Default</span><button>${L('deleteCard', lang)}</button></li></ul>`,
    );
    expect(result.evidence).toEqual(['confirm-card']);
  });

  it('an empty card list shows the card is not confirmed any more', () => {
    const result = detect(
      'aliexpress',
      `<h1>${L('cardsAndBankAccounts', lang)}</h1><p>${L('noCardsYet', lang)}</p>`,
    );
    expect(result.evidence).toEqual([]);
    expect(result.disproved).toEqual(['confirm-card']);
  });

  it('the card list shown plainly confirms the card', () => {
    const result = detect(
      'aliexpress',
      `<h1>${L('cardsAndBankAccounts', lang)}</h1><ul><li>Visa •••• 4242 <button>${L('deleteCard', lang)}</button><button>${L('useForPayments', lang)}</button></li></ul>`,
    );
    expect(result.evidence).toEqual(['confirm-card']);
  });
});

describe('normal form', () => {
  it('treats typographic and plain punctuation, case and spacing alike', () => {
    expect(normalizeText('Don\u2019t  \u201CLink\u201D \u2014 card\u2026')).toBe(
      normalizeText(`don't "link" - card`),
    );
    expect(normalizeText('\u00A0Card\u200B linked!')).toBe('card linked');
  });

  it('folds every typographic quote, dash and ellipsis into the typed one', () => {
    expect(normalizeText('\u2018a\u2019 \u201Ab\u2032 \u201Cc\u201D \u201Ed\u00AB\u00BB')).toBe(
      `'a' 'b' "c" "d""`,
    );
    expect(normalizeText('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2212g')).toBe('a-b-c-d-e-f-g');
    expect(normalizeText('a\u2026b')).toBe('a...b');
  });
});

describe.each<Lang>(['en', 'es'])('pages that ask for a step (%s)', (lang) => {
  it('the security form with its Save button asks for the PIN set-up', () => {
    const result = detect(
      'alipay',
      `<h1>${L('securityHeading', lang)}</h1><form><label>PIN <input type="password"></label><button>${L('save', lang)}</button></form>`,
    );
    expect(result.pageId).toBe('ap-security');
    expect(result.asked).toEqual(['set-pin']);
  });

  it('the Connect page asks for the link; the connected banner alone does not', () => {
    const asks = detect(
      'alipay',
      `<h1>${L('connectHeading', lang)}</h1><button>${L('connect', lang)}</button>`,
    );
    expect(asks.asked).toEqual(['sync']);
    const done = detect(
      'alipay',
      `<h1>${L('connectHeading', lang)}</h1><p role="status">${L('accountConnected', lang)}</p>`,
    );
    expect(done.asked).toEqual([]);
    expect(done.evidence).toEqual(['sync']);
  });
});

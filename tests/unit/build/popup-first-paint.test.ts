/**
 * Issue #11: the build writes a copy of popup.html per checklist it can paint
 * before the script runs, in each catalogue's language, with the classes the
 * popup's own components use.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { firstPaintBlock, firstPaintPages, withFirstPaint } from '@/utils/build/popup-first-paint';
import { readPublicCatalogues } from '@/utils/build/public-catalogues';
import type { Catalogue } from '@/utils/i18n/catalogue';
import { STEP_IDS } from '@/utils/flow/steps';
import { STEP_KEYS } from '@/utils/i18n/step-keys';
import { FIRST_PAINT_ID } from '@/utils/popup-cache/first-paint';

// The catalogues as the build reads them.
const CATALOGUES = readPublicCatalogues(path.resolve(import.meta.dirname, '../../../public'));
const POPUP_HTML =
  '<!DOCTYPE html><html><head><style>body{margin:0}</style>' +
  '<script type="module" crossorigin src="/chunks/popup-abc.js"></script></head>' +
  '<body><div id="app"></div></body></html>';

/** The page as a document, to read it as the browser would. */
function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('the popup’s first-paint pages', () => {
  const pages = firstPaintPages(POPUP_HTML, CATALOGUES);

  it('writes one page per count of steps done, in each language', () => {
    expect(pages.map((p) => p.fileName)).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((n) => `popup-en-${n}.html`),
      ...[0, 1, 2, 3, 4, 5].map((n) => `popup-es-${n}.html`),
    ]);
  });

  it('keeps the popup’s head and script, and puts the checklist before the app’s root', () => {
    for (const { html } of pages) {
      const doc = parse(html);
      expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
        '/chunks/popup-abc.js',
      );
      const block = doc.getElementById(FIRST_PAINT_ID)!;
      expect(block.nextElementSibling?.id).toBe('app');
      // Inert and hidden from assistive technology: they read the app's own render.
      expect(block.getAttribute('aria-hidden')).toBe('true');
      expect(block.hasAttribute('inert')).toBe(true);
    }
  });

  it('shows each step’s state, title and button as the popup does, in the page’s language', () => {
    const doc = parse(pages.find((p) => p.fileName === 'popup-es-2.html')!.html);
    const main = doc.querySelector(`#${FIRST_PAINT_ID} main.popup`)!;
    expect(main.getAttribute('lang')).toBe('es');
    const items = [...main.querySelectorAll('ol.checklist > li.step')];
    expect(items.map((li) => li.className)).toEqual([
      'step step-done',
      'step step-done',
      'step step-current',
      'step step-pending',
      'step step-pending',
    ]);
    expect(items.map((li) => li.querySelector('.step-title')?.textContent)).toEqual(
      STEP_IDS.map((s) => CATALOGUES.es[STEP_KEYS[s].title]!.message),
    );
    expect(items.map((li) => li.querySelector('.step-mark')?.textContent)).toEqual([
      '✓',
      '✓',
      '3',
      '4',
      '5',
    ]);
    expect(items[0]!.querySelector('.step-state')?.textContent).toBe(
      CATALOGUES.es.stateDone!.message,
    );
    expect(items[0]!.querySelector('button')?.textContent).toBe(CATALOGUES.es.undo!.message);
    expect(items[2]!.querySelector('button')?.textContent).toBe(CATALOGUES.es.markDone!.message);
    const progress = main.querySelector('.progress-text')!;
    expect(progress.textContent).toBe(CATALOGUES.es.progressLabel!.message.replace('$COUNT$', '2'));
    // The paint the benchmark times, as on the script's progress text.
    expect(progress.getAttribute('elementtiming')).toBe('checklist');
    expect((main.querySelector('.progress-fill') as HTMLElement).style.width).toBe('40%');
    expect(main.querySelector('section.next h2')?.textContent).toBe(
      `${CATALOGUES.es.nextLabel!.message}: ${CATALOGUES.es.step_set_pin_title!.message}`,
    );
  });

  it('says all is done when it is, with no step to do', () => {
    const doc = parse(pages.find((p) => p.fileName === 'popup-en-5.html')!.html);
    expect(doc.querySelector('section.next-done h2')?.textContent).toBe(
      CATALOGUES.en.allDoneTitle!.message,
    );
    expect(doc.querySelectorAll('li.step-done')).toHaveLength(5);
    expect(doc.querySelector('li.step-current')).toBeNull();
  });

  it('escapes what a catalogue says, and refuses a catalogue without a message it needs', () => {
    const odd: Catalogue = { ...CATALOGUES.en, popupTitle: { message: 'Cards <b>&</b> "PINs"' } };
    expect(firstPaintBlock('en', odd, 0)).toContain(
      '<h1>Cards &lt;b&gt;&amp;&lt;/b&gt; &quot;PINs&quot;</h1>',
    );
    const { undo: _undo, ...lacking } = CATALOGUES.en;
    expect(() => firstPaintBlock('en', lacking, 1)).toThrow(/"undo"/);
  });

  it('fails the build if popup.html has no root for the app', () => {
    expect(() => withFirstPaint('<body></body>', '<div></div>')).toThrow(/no <div id="app">/);
  });
});

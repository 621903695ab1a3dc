// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageUsesEscape } from '@/entrypoints/guide/escape-key';

afterEach(() => {
  document.body.innerHTML = '';
});

const escape = (init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: 'Escape', cancelable: true, ...init });

describe('who owns the Esc key', () => {
  it('the guide, when the page does nothing with it', () => {
    document.body.innerHTML = '<main><p>Text</p><button>Go</button></main>';
    expect(pageUsesEscape(escape(), document)).toBe(false);
    document.querySelector('button')!.focus();
    expect(pageUsesEscape(escape(), document)).toBe(false);
  });

  it('the page, when it handled the key or focus is where Esc means something', () => {
    const handled = escape();
    handled.preventDefault();
    expect(pageUsesEscape(handled, document)).toBe(true);
    for (const markup of [
      '<input type="search">',
      '<select><option>a</option></select>',
      '<textarea></textarea>',
      '<div contenteditable="true" tabindex="0"></div>',
      '<button aria-expanded="true">Menu</button>',
      '<div role="dialog"><button>Close</button></div>',
    ]) {
      document.body.innerHTML = markup;
      const focusable = document.body.querySelector<HTMLElement>(
        'input,select,textarea,[contenteditable],button',
      );
      focusable!.focus();
      expect(pageUsesEscape(escape(), document), markup).toBe(true);
    }
  });
});

/**
 * Issue #10: the guide's share of each catalogue (utils/i18n/guide-messages.ts),
 * which it gets from the background instead of calling `browser.i18n`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import type { Catalogue } from '@/utils/i18n/catalogue';
import { formatMessage } from '@/utils/i18n/format-message';
import { guideCatalogue, isGuideMessage } from '@/utils/i18n/guide-messages';
import { browserCatalogue } from '@/utils/i18n/ui-locale';

const CATALOGUES: [string, Catalogue][] = [
  ['en', en],
  ['es', es],
];

describe('the guide’s catalogue', () => {
  it.each(CATALOGUES)('says each of its messages as the full catalogue does (%s)', (_, full) => {
    const guide = guideCatalogue(full);
    const keys = Object.keys(full).filter(isGuideMessage);
    expect(Object.keys(guide)).toEqual(keys);
    for (const key of keys)
      expect(formatMessage(guide, key, ['«X»']), key).toBe(formatMessage(full, key, ['«X»']));
  });

  it('holds the callout’s words, not the popup’s or the options page’s', () => {
    const keys = Object.keys(guideCatalogue(en));
    expect(keys).toEqual(
      expect.arrayContaining(['stepOfTotal', 'step_sync_title', 'do_connect', 'err_pin_first']),
    );
    for (const key of ['popupTitle', 'markDone', 'resetAll', 'extName'])
      expect(keys).not.toContain(key);
  });

  it('leaves out what only translators read: descriptions and placeholder examples', () => {
    const text = JSON.stringify(guideCatalogue(en));
    expect(text).not.toContain('"description"');
    expect(text).not.toContain('"example"');
    // What a page holds in its heap: well under half of the full catalogue.
    expect(text.length).toBeLessThan(JSON.stringify(en).length / 2);
  });
});

describe('browserCatalogue', () => {
  const original = fakeBrowser.i18n.getMessage;
  afterEach(() => {
    fakeBrowser.i18n.getMessage = original;
  });

  it.each(CATALOGUES)('is the catalogue the browser speaks from (%s)', (lang, catalogue) => {
    fakeBrowser.i18n.getMessage = (key: string) => catalogue[key]?.message ?? '';
    expect(browserCatalogue()).toBe(lang);
  });

  it('is the default, English, if the browser says something else', () => {
    fakeBrowser.i18n.getMessage = () => '';
    expect(browserCatalogue()).toBe('en');
  });
});

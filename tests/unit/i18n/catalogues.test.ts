/**
 * The two catalogues say the same things (issue #11): every key in both, the
 * same placeholders, and every `$NAME$` a message uses declared, as Chrome
 * requires (an undeclared one stops the extension from loading).
 */
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import type { Catalogue } from '@/utils/i18n/catalogue';

const CATALOGUES: [string, Catalogue][] = [
  ['en', en],
  ['es', es],
];

const placeholders = (catalogue: Catalogue, key: string) =>
  Object.keys(catalogue[key]?.placeholders ?? {}).sort();

describe('the catalogues', () => {
  it('have the same keys, in the same order', () => {
    expect(Object.keys(es)).toEqual(Object.keys(en));
  });

  it('declare the same placeholders for each key', () => {
    const differ = Object.keys(en).filter(
      (key) => placeholders(en, key).join() !== placeholders(es, key).join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(CATALOGUES)('use only placeholders they declare, each at least once (%s)', (_, c) => {
    for (const [key, entry] of Object.entries(c)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) =>
        m[1]!.toLowerCase(),
      );
      expect([...new Set(used)].sort(), key).toEqual(placeholders(c, key));
    }
  });

  it.each(CATALOGUES)('have no empty message (%s)', (_, c) => {
    expect(Object.keys(c).filter((key) => !c[key]!.message.trim())).toEqual([]);
  });
});

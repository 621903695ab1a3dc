import { describe, expect, it } from 'vitest';
import { exportPack } from '@/utils/packs/export-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import { parsePack } from '@/utils/packs/parse-pack';

// Keys deliberately out of order everywhere.
const scrambled: Pack = {
  links: { 'confirm-card': 'https://www.aliexpress.com/', sync: 'https://www.aliexpress.com/' },
  labels: { linkCard: { es: 'Añadir tarjeta', en: 'Add card' }, myOrders: { en: 'Orders' } },
  steps: {
    'set-pin': { es: { tips: ['b', 'a'], title: 'T' } },
    sync: { es: { todo: 'hacer' }, en: { todo: 'do', title: 'Sync' } },
  },
  author: 'A',
  version: '1.2.3',
  name: 'N',
  id: 'scrambled',
  formatVersion: 1,
  format: 'alipay-card-guide-pack',
};

describe('exportPack', () => {
  it('writes canonical JSON: fixed key order, 2-space indent, final newline', () => {
    const text = exportPack(scrambled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "alipay-card-guide-pack",\n  "formatVersion": 1,');
    const keys = (value: unknown) => Object.keys(value as object);
    const parsed = JSON.parse(text) as Pack;
    expect(keys(parsed)).toEqual([
      'format',
      'formatVersion',
      'id',
      'name',
      'version',
      'author',
      'steps',
      'labels',
      'links',
    ]);
    expect(keys(parsed.steps)).toEqual(['sync', 'set-pin']);
    expect(keys(parsed.steps?.sync)).toEqual(['en', 'es']);
    expect(keys(parsed.steps?.sync?.en)).toEqual(['title', 'todo']);
    expect(parsed.steps?.['set-pin']?.es?.tips).toEqual(['b', 'a']);
    expect(keys(parsed.labels)).toEqual(['myOrders', 'linkCard']);
    expect(keys(parsed.labels?.linkCard)).toEqual(['en', 'es']);
    expect(keys(parsed.links)).toEqual(['sync', 'confirm-card']);
  });

  it('round-trips: import gives an equal pack, re-export the same bytes', () => {
    const text = exportPack(scrambled);
    const imported = parsePack(text);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.pack).toEqual(scrambled);
    expect(exportPack(imported.pack)).toBe(text);
  });

  it('does not change the pack it exports', () => {
    const copy = structuredClone(scrambled);
    exportPack(scrambled);
    expect(Object.keys(scrambled)).toEqual(Object.keys(copy));
    expect(scrambled).toEqual(copy);
  });
});

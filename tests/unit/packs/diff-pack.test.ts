import { describe, expect, it } from 'vitest';
import { describePackChanges } from '@/utils/packs/diff-pack';
import type { Pack } from '@/utils/packs/pack-schema';

const base = {
  format: 'alipay-card-guide-pack',
  formatVersion: 1,
  version: '1.0.0',
  author: 'Support',
} as const;

const active: Pack = {
  ...base,
  id: 'active',
  name: 'Active',
  labels: { linkCard: { en: 'Add card' }, cardLinked: { pt: 'Cartão vinculado' } },
  steps: { sync: { en: { title: 'Old title', tips: ['one', 'two'] } } },
  links: { sync: 'https://www.aliexpress.com/' },
};

const candidate: Pack = {
  ...base,
  id: 'candidate',
  name: 'Candidate',
  labels: {
    linkCard: { en: 'Add card', es: 'Añadir tarjeta' },
    manageCards: { en: 'Manage your cards' },
  },
  steps: {
    sync: { en: { title: 'New title', tips: ['one', 'three', 'four'] } },
    'set-pin': { es: { todo: 'Elige un PIN' } },
  },
  links: { 'link-card': 'https://www.alipay.com/' },
};

describe('describePackChanges', () => {
  it('against the built-in texts only', () => {
    expect(describePackChanges(null, candidate)).toEqual([
      { kind: 'label', key: 'linkCard', locale: 'en', before: 'Link card', after: 'Add card' },
      {
        kind: 'label',
        key: 'linkCard',
        locale: 'es',
        before: 'Vincular tarjeta',
        after: 'Añadir tarjeta',
      },
      // manageCards en is the built-in wording already: no change.
      { kind: 'step-text', key: 'sync.title', locale: 'en', after: 'New title' },
      { kind: 'tip', key: 'sync.tips[0]', locale: 'en', after: 'one' },
      { kind: 'tip', key: 'sync.tips[1]', locale: 'en', after: 'three' },
      { kind: 'tip', key: 'sync.tips[2]', locale: 'en', after: 'four' },
      { kind: 'step-text', key: 'set-pin.todo', locale: 'es', after: 'Elige un PIN' },
      { kind: 'link', key: 'link-card', after: 'https://www.alipay.com/' },
    ]);
  });

  it('against an active pack: unchanged entries are left out, dropped ones listed without "after"', () => {
    expect(describePackChanges(active, candidate)).toEqual([
      {
        kind: 'label',
        key: 'linkCard',
        locale: 'es',
        before: 'Vincular tarjeta',
        after: 'Añadir tarjeta',
      },
      { kind: 'label', key: 'cardLinked', locale: 'pt', before: 'Cartão vinculado' },
      {
        kind: 'step-text',
        key: 'sync.title',
        locale: 'en',
        before: 'Old title',
        after: 'New title',
      },
      { kind: 'tip', key: 'sync.tips[1]', locale: 'en', before: 'two', after: 'three' },
      { kind: 'tip', key: 'sync.tips[2]', locale: 'en', after: 'four' },
      { kind: 'step-text', key: 'set-pin.todo', locale: 'es', after: 'Elige un PIN' },
      { kind: 'link', key: 'sync', before: 'https://www.aliexpress.com/' },
      { kind: 'link', key: 'link-card', after: 'https://www.alipay.com/' },
    ]);
  });

  it('the same pack again changes nothing', () => {
    expect(describePackChanges(candidate, structuredClone(candidate))).toEqual([]);
  });

  it('dropping a relabel restores the built-in wording', () => {
    const plain: Pack = { ...base, id: 'plain', name: 'Plain' };
    expect(describePackChanges(active, plain)).toContainEqual({
      kind: 'label',
      key: 'linkCard',
      locale: 'en',
      before: 'Add card',
      after: 'Link card',
    });
  });
});

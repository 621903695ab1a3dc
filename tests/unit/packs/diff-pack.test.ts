import { describe, expect, it } from 'vitest';
import { describePackChanges, evidenceStepsChanged } from '@/utils/packs/diff-pack';
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

describe('evidenceStepsChanged (issue #10)', () => {
  const labels = (labels: Pack['labels']): Pack => ({ ...base, id: 'l', name: 'L', labels });

  it('names the steps whose proof of being done a pack rewords, in journey order', () => {
    const pack = labels({
      cardLinked: { en: 'Card added' },
      emailVerified: { es: 'Correo confirmado' },
      useForPayments: { en: 'Pay with this card' },
    });
    expect(evidenceStepsChanged(describePackChanges(null, pack))).toEqual([
      'verify-email',
      'link-card',
      'confirm-card',
    ]);
  });

  it('counts the page evidence must be seen on', () => {
    const pack = labels({ manageCards: { en: 'Your cards' } });
    expect(evidenceStepsChanged(describePackChanges(null, pack))).toEqual(['link-card']);
  });

  it('ignores texts, tips, links and labels no evidence uses', () => {
    expect(evidenceStepsChanged(describePackChanges(null, candidate))).toEqual([]);
    const errorsOnly = labels({ pinIncorrect: { en: 'Wrong PIN' }, linkCard: { en: 'Add card' } });
    expect(evidenceStepsChanged(describePackChanges(null, errorsOnly))).toEqual([]);
  });

  it('dropping an evidence wording the active pack set counts too', () => {
    const active = labels({ accountReady: { en: 'All set' } });
    const plain: Pack = { ...base, id: 'plain', name: 'Plain' };
    expect(evidenceStepsChanged(describePackChanges(active, plain))).toEqual(['set-pin']);
  });
});

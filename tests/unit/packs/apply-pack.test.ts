import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { compileRules, detectPage } from '@/utils/detect/matcher';
import type { PageFacts } from '@/utils/detect/page-facts';
import { ruleSetSchema, type RuleSet } from '@/utils/detect/rule-schema';
import { applyPackToRules, packLink, packStepText } from '@/utils/packs/apply-pack';
import { parsePack } from '@/utils/packs/parse-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import { packArb } from '@/tests/unit/packs/pack-arbitraries';
import { FUZZ } from '@/tests/unit/fuzz-budget';

function loadPack(file: string): Pack {
  const result = parsePack(
    readFileSync(new URL(`../../../public/packs/${file}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

const relabel = loadPack('relabel-link-card.json');
const example = loadPack('example-pack.json');

// The default rules do not key a page on "Link card" yet, so the test adds one
// that does: the manage-cards page recognised by its button alone.
const RULES_WITH_LINK_CARD: RuleSet = {
  ...DEFAULT_RULES,
  pages: [
    { id: 'ap-manage-cards', site: 'alipay', when: { all: [{ control: 'linkCard' }] } },
    ...DEFAULT_RULES.pages,
  ],
};

const facts = (control: string): PageFacts => ({ headings: [], controls: [control], texts: [] });

describe('applyPackToRules', () => {
  it('relabelling linkCard makes the matcher accept "Add card" (en) and "Añadir tarjeta" (es)', () => {
    const before = compileRules(RULES_WITH_LINK_CARD);
    expect(detectPage(before, 'alipay', facts('add card')).pageId).toBe('ap-other');

    const after = compileRules(applyPackToRules(RULES_WITH_LINK_CARD, relabel));
    expect(detectPage(after, 'alipay', facts('add card')).pageId).toBe('ap-manage-cards');
    expect(detectPage(after, 'alipay', facts('añadir tarjeta')).pageId).toBe('ap-manage-cards');
    // The pack replaced the en and es wordings, so the old ones no longer match.
    expect(detectPage(after, 'alipay', facts('link card')).pageId).toBe('ap-other');
    expect(after.wordings.get('linkCard')).toEqual(['add card', 'añadir tarjeta']);
  });

  it('a new locale adds a wording and keeps the others', () => {
    const rules = applyPackToRules(DEFAULT_RULES, example);
    expect(rules.labels.manageCards).toEqual({
      en: 'Manage your cards',
      es: 'Gestionar tus tarjetas',
      'pt-BR': 'Gerenciar seus cartões',
    });
    const compiled = compileRules(rules);
    const page: PageFacts = { headings: [], controls: ['gerenciar seus cartões'], texts: [] };
    expect(detectPage(compiled, 'alipay', page).pageId).toBe('ap-profile');
  });

  it('never mutates the rules it is given, and the result is still a valid rule set', () => {
    const snapshot = structuredClone(DEFAULT_RULES);
    const result = applyPackToRules(DEFAULT_RULES, relabel);
    expect(DEFAULT_RULES).toEqual(snapshot);
    expect(result).not.toBe(DEFAULT_RULES);
    expect(result.labels).not.toBe(DEFAULT_RULES.labels);
    expect(ruleSetSchema.safeParse(result).success).toBe(true);
  });

  // The background hands these rules to every content script, which checks only their frame
  // (parseRulesReply): what it builds from any pack the schema accepts must be a rule set.
  it(
    'with any pack the schema accepts, the result is a rule set (2,000 generated packs)',
    FUZZ,
    () => {
      fc.assert(
        fc.property(packArb, (pack) => {
          expect(ruleSetSchema.safeParse(applyPackToRules(DEFAULT_RULES, pack)).success).toBe(true);
        }),
        { numRuns: 2_000 },
      );
    },
  );

  it('no pack: an equal copy', () => {
    const result = applyPackToRules(DEFAULT_RULES, null);
    expect(result).toEqual(DEFAULT_RULES);
    expect(result).not.toBe(DEFAULT_RULES);
  });
});

describe('packStepText', () => {
  const pack: Pack = {
    ...relabel,
    steps: {
      sync: {
        en: { title: 'EN title', tips: ['en tip'] },
        es: { todo: 'ES todo', tips: ['consejo'] },
        'pt-BR': { title: 'PT-BR title' },
        'fr-CA': { title: 'FR-CA title' },
      },
    },
  };

  it.each([
    ['es', { todo: 'ES todo', tips: ['consejo'] }],
    ['es-MX', { todo: 'ES todo', tips: ['consejo'] }],
    ['es_419', { todo: 'ES todo', tips: ['consejo'] }],
    ['pt-br', { title: 'PT-BR title', tips: [] }],
    ['pt', { title: 'PT-BR title', tips: [] }],
    ['fr', { title: 'FR-CA title', tips: [] }],
    ['de', { title: 'EN title', tips: ['en tip'] }],
    ['constructor', { title: 'EN title', tips: ['en tip'] }],
  ])('picks the best entry for %s', (locale, expected) => {
    expect(packStepText(pack, 'sync', locale)).toEqual(expected);
  });

  it('no pack, no step or no usable locale: nothing', () => {
    expect(packStepText(null, 'sync', 'en')).toEqual({ tips: [] });
    expect(packStepText(pack, 'set-pin', 'en')).toEqual({ tips: [] });
    const esOnly: Pack = { ...relabel, steps: { sync: { es: { title: 'ES' } } } };
    expect(packStepText(esOnly, 'sync', 'de')).toEqual({ tips: [] });
  });

  it('returns a copy of the tips', () => {
    packStepText(pack, 'sync', 'en').tips.push('added');
    expect(pack.steps?.sync?.en?.tips).toEqual(['en tip']);
  });
});

describe('packLink', () => {
  it('gives the pack link for a step, if any', () => {
    expect(packLink(example, 'link-card')).toBe('https://www.alipay.com/');
    expect(packLink(example, 'set-pin')).toBeUndefined();
    expect(packLink(null, 'sync')).toBeUndefined();
  });
});

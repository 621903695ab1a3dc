/**
 * The zod-free rule-set guard (a content script's check of the rules the
 * background sends) holds to ruleSetSchema: every rule set the schema accepts,
 * generated or as the background builds it with a pack, it accepts; and each
 * break of the shape the matcher relies on, the schema and the guard both
 * refuse. It is looser by design on wording (length, key spelling), which the
 * background's own packs gate checks on import.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { ruleSetSchema, type RuleSet } from '@/utils/detect/rule-schema';
import { STEP_IDS } from '@/utils/flow/steps';
import { isRuleSet } from '@/utils/guards/rules-guard';
import { applyPackToRules } from '@/utils/packs/apply-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import { SITES } from '@/utils/site/sites';
import { FUZZ } from '@/tests/unit/fuzz-budget';

const idArb = fc.constantFrom('cardLinked', 'myOrders', 'save', 'newLabel');
const conditionArb = fc.oneof(
  idArb.map((heading) => ({ heading })),
  idArb.map((control) => ({ control })),
  fc.constant({ maskedCard: true as const }),
  fc.record(
    { text: idArb, mode: fc.constantFrom('exact' as const, 'prefix' as const, 'status' as const) },
    { requiredKeys: ['text'] },
  ),
);
const whenArb = fc.record(
  { all: fc.array(conditionArb, { maxLength: 3 }), any: fc.array(conditionArb, { maxLength: 3 }) },
  { requiredKeys: [] },
);
const siteArb = fc.constantFrom(...SITES);
const namedRuleArb = fc.record({ id: fc.string({ maxLength: 12 }), site: siteArb, when: whenArb });
const stepRuleArb = fc.record(
  {
    step: fc.constantFrom(...STEP_IDS),
    site: siteArb,
    page: fc.constantFrom('ae-cards', 'ap-manage-cards'),
    when: whenArb,
  },
  { requiredKeys: ['step', 'site', 'when'] },
);
const ruleSetArb: fc.Arbitrary<RuleSet> = fc.record(
  {
    version: fc.constant(1 as const),
    labels: fc.dictionary(
      idArb,
      fc.dictionary(
        fc.constantFrom('en', 'es', 'pt-BR'),
        fc.string({ minLength: 1, maxLength: 40 }),
      ),
    ),
    pages: fc.array(namedRuleArb, { maxLength: 4 }),
    evidence: fc.array(stepRuleArb, { maxLength: 4 }),
    disproof: fc.array(stepRuleArb, { maxLength: 2 }),
    asks: fc.array(stepRuleArb, { maxLength: 2 }),
    errors: fc.array(namedRuleArb, { maxLength: 3 }),
  },
  { requiredKeys: ['version', 'labels', 'pages', 'evidence', 'errors'] },
);

const PACK: Pack = {
  format: 'alipay-card-guide-pack',
  formatVersion: 1,
  id: 'team-wording',
  name: 'Team wording',
  version: '2',
  author: 'Support',
  labels: { cardLinked: { en: 'Card added', 'pt-BR': 'Cartão vinculado' } },
};

type Part = Record<string | number, unknown>;

/** A copy of the default rules with the part at `path` set to `value`, or deleted without one. */
function broken(path: (string | number)[], value?: unknown): unknown {
  const copy = structuredClone(DEFAULT_RULES) as unknown as Part;
  const parent = path.slice(0, -1).reduce<Part>((at, key) => at[key] as Part, copy);
  const last = path.at(-1)!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('zod-free rule-set guard (rules as a content script receives them)', FUZZ, () => {
  it('accepts the default rules, and the rules with a pack merged in, as they travel', () => {
    for (const rules of [DEFAULT_RULES, applyPackToRules(DEFAULT_RULES, PACK)]) {
      expect(isRuleSet(rules)).toBe(true);
      expect(isRuleSet(structuredClone(rules))).toBe(true);
    }
  });

  it('accepts every rule set the schema accepts (2,000 generated sets)', () => {
    fc.assert(
      fc.property(ruleSetArb, (rules) => {
        expect(ruleSetSchema.safeParse(rules).success).toBe(true);
        expect(isRuleSet(rules)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  const BREAKS: [string, unknown][] = [
    ['not a record', [DEFAULT_RULES]],
    ['another version', broken(['version'], 2)],
    ['no evidence', broken(['evidence'])],
    ['an unknown part', broken(['selectors'], [])],
    ['pages not a list', broken(['pages'], {})],
    ['a wording that is not text', broken(['labels', 'cardLinked', 'en'], 42)],
    ['an empty wording', broken(['labels', 'cardLinked', 'es'], '')],
    ['a condition with two facts', broken(['pages', 0, 'when', 'all', 0, 'text'], 'save')],
    ['a mode beside a heading', broken(['pages', 0, 'when', 'all', 0, 'mode'], 'prefix')],
    ['an unknown mode', broken(['evidence', 3, 'when', 'all', 0, 'mode'], 'contains')],
    ['a masked card that is not true', broken(['evidence', 4, 'when', 'all', 1, 'maskedCard'], 1)],
    ['a selector as a condition', broken(['errors', 0, 'when', 'all'], [{ selector: 'h1' }])],
    ['an unknown site', broken(['pages', 0, 'site'], 'mail')],
    ['an unknown step', broken(['evidence', 0, 'step'], 'pay')],
    ['a rule without its when', broken(['asks', 0, 'when'])],
    ['a page on a page rule', broken(['pages', 0, 'page'], 'ae-cards')],
    ['a step rule with an id', broken(['disproof', 0, 'id'], 'x')],
    ['a when with another part', broken(['errors', 0, 'when', 'none'], [])],
  ];

  it.each(BREAKS)('refuses %s, as the schema does', (_name, rules) => {
    expect(ruleSetSchema.safeParse(rules).success).toBe(false);
    expect(isRuleSet(rules)).toBe(false);
  });

  it('refuses a label keyed __proto__ (the schema drops it, the guard refuses it)', () => {
    const rules = JSON.parse(
      JSON.stringify(DEFAULT_RULES).replace('"labels":{', '"labels":{"__proto__":{"en":"x"},'),
    ) as unknown;
    expect(isRuleSet(rules)).toBe(false);
  });
});

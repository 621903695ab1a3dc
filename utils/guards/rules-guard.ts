/**
 * A zod-free check of a rule set as the background hands it to a content
 * script (the default rules with the active pack's wordings merged in): the
 * shape rule-schema.ts describes, without carrying zod into every page. A
 * test holds it to accept what `ruleSetSchema` accepts.
 */
import { isStepId } from '../flow/steps';
import type { RuleSet } from '../detect/rule-schema';
import { SITES } from '../site/sites';
import { isRecord } from './is-record';
import { recordOf } from './record-of';

const MODES: readonly unknown[] = ['exact', 'prefix', 'status'];
const FACTS: readonly unknown[] = ['heading', 'control', 'text'];
const isText = (v: unknown) => typeof v === 'string';

/** Exactly one fact, and a `mode` only beside `text`, as conditionSchema's union says. */
function isCondition(c: unknown): boolean {
  if (!isRecord(c)) return false;
  const { mode, ...fact } = c;
  const [kind, value] = Object.entries(fact)[0] ?? [];
  return (
    Object.keys(fact).length === 1 &&
    (!('mode' in c) || (kind === 'text' && MODES.includes(mode))) &&
    (kind === 'maskedCard' ? value === true : FACTS.includes(kind) && isText(value))
  );
}

const listOf = (x: unknown, ok: (v: unknown) => boolean) => Array.isArray(x) && x.every(ok);

/** A page or error rule (`own` is `id`) or a step's rule (`step`, and maybe the `page` it belongs to). */
function isRule(r: unknown, own: 'id' | 'step'): boolean {
  return (
    isRecord(r) &&
    [own, 'site', 'when'].every((k) => k in r) &&
    recordOf(r, (k, v) => {
      switch (k) {
        case 'site':
          return SITES.includes(v as never);
        case 'when':
          return recordOf(v, (part, list) => /^(all|any)$/.test(part) && listOf(list, isCondition));
        case 'id':
          return own === k && isText(v);
        case 'step':
          return own === k && isStepId(v);
        case 'page':
          return own === 'step' && isText(v);
        default:
          return false;
      }
    })
  );
}

export function isRuleSet(x: unknown): x is RuleSet {
  return (
    isRecord(x) &&
    ['version', 'labels', 'pages', 'evidence', 'errors'].every((k) => k in x) &&
    recordOf(x, (k, v) => {
      switch (k) {
        case 'version':
          return v === 1;
        case 'labels':
          return recordOf(v, (_id, byLocale) =>
            recordOf(byLocale, (_locale, w) => isText(w) && w !== ''),
          );
        case 'pages':
        case 'errors':
          return listOf(v, (r) => isRule(r, 'id'));
        case 'evidence':
        case 'disproof':
        case 'asks':
          return listOf(v, (r) => isRule(r, 'step'));
        default:
          return false;
      }
    })
  );
}

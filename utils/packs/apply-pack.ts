/**
 * What an active pack changes, as pure functions of plain data. Imports types
 * only: the content script uses this file and must not carry zod.
 */
import type { Labels, RuleSet } from '../detect/rule-schema';
import type { StepId } from '../flow/steps';
import type { Pack, PackStepText } from './pack-schema';

export interface StepTextOverride {
  title?: string;
  todo?: string;
  tips: string[];
}

/** Which pack a rule set reflects: changes whenever the active pack or its version does. */
export function rulesKey(pack: Pack | null): string {
  return pack ? `${pack.id}@${pack.version}` : '';
}

/**
 * The rule set with the pack's label wordings merged in per locale: a pack's
 * wording replaces that locale's built-in wording, a new locale is added.
 * Returns a fresh copy; `rules` is never mutated.
 */
export function applyPackToRules(rules: RuleSet, pack: Pack | null): RuleSet {
  const next = structuredClone(rules);
  if (!pack?.labels) return next;
  const labels = new Map(Object.entries(next.labels));
  for (const [labelId, byLocale] of Object.entries(pack.labels)) {
    if (!byLocale) continue;
    labels.set(labelId, { ...labels.get(labelId), ...byLocale });
  }
  // fromEntries defines own properties, so no key can reach a prototype.
  const merged: Labels = Object.fromEntries(labels);
  return { ...next, labels: merged };
}

/**
 * The pack's texts for a step in the reader's locale. One locale entry is
 * chosen whole (never a title from one language and tips from another):
 * exact tag, then its language ("es" for "es-MX"), then another region of
 * that language, then English, else nothing.
 */
export function packStepText(pack: Pack | null, step: StepId, locale: string): StepTextOverride {
  const byLocale = pack?.steps ? ownValue(pack.steps, step) : undefined;
  const text = byLocale ? pickLocale(byLocale, locale) : undefined;
  if (!text) return { tips: [] };
  const out: StepTextOverride = { tips: [...(text.tips ?? [])] };
  if (text.title !== undefined) out.title = text.title;
  if (text.todo !== undefined) out.todo = text.todo;
  return out;
}

/** The page a step's "open" button should go to instead of the built-in one, if the pack says. */
export function packLink(pack: Pack | null, step: StepId): string | undefined {
  return pack?.links ? ownValue(pack.links, step) : undefined;
}

function pickLocale(
  byLocale: Record<string, PackStepText>,
  requested: string,
): PackStepText | undefined {
  // Browsers say "pt-BR", "pt_BR" or "pt-br"; packs say "pt-BR".
  const [rawLanguage = '', rawRegion] = requested.split(/[-_]/);
  const language = rawLanguage.toLowerCase();
  const exact = rawRegion ? `${language}-${rawRegion.toUpperCase()}` : language;
  const otherRegion = Object.keys(byLocale)
    .filter((l) => l.startsWith(`${language}-`))
    .sort()[0];
  for (const candidate of [exact, language, otherRegion, 'en']) {
    const text = candidate === undefined ? undefined : ownValue(byLocale, candidate);
    if (text) return text;
  }
  return undefined;
}

/**
 * `record[key]` for own keys only: a locale string from the browser such as
 * "constructor" must not find Object.prototype's members.
 */
export function ownValue<T>(record: Partial<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Pure detection: a rule set plus the facts of a page give the page id, the
 * steps the page proves done and the spec errors on screen. No DOM here, so it
 * is tested on plain data and reused by anything that can produce PageFacts.
 */
import type { StepId } from '../flow/steps';
import type { Site } from '../site/sites';
import { foldLetters, normalizeText } from './normalize';
import type { PageFacts, WordFilter } from './page-facts';
import type { Condition, RuleSet, When } from './rule-schema';

export interface Detection {
  site: Site;
  pageId: string | null;
  evidence: StepId[];
  /** Steps this page shows are NOT done (issue #11). */
  disproved: StepId[];
  /** Steps this page plainly asks for (issue #11): re-open a mark, imply the steps before. */
  asked: StepId[];
  errors: string[];
}

/** Rules with every label's wordings normalised once, not on every mutation. */
export interface CompiledRules {
  rules: RuleSet;
  wordings: ReadonlyMap<string, readonly string[]>;
}

export function compileRules(rules: RuleSet): CompiledRules {
  const wordings = new Map<string, string[]>();
  for (const [id, byLocale] of Object.entries(rules.labels)) {
    const normalized = [...new Set(Object.values(byLocale).map(normalizeText))].filter(Boolean);
    wordings.set(id, normalized);
  }
  return { rules, wordings };
}

function holds(compiled: CompiledRules, facts: PageFacts, condition: Condition): boolean {
  if ('heading' in condition) return anyExact(compiled, condition.heading, facts.headings);
  if ('control' in condition) return anyExact(compiled, condition.control, facts.controls);
  if ('maskedCard' in condition) return facts.texts.some((t) => MASKED_CARD.test(t));
  const words = compiled.wordings.get(condition.text) ?? [];
  if (condition.mode === 'prefix') {
    return facts.texts.some((t) => words.some((w) => t.startsWith(w)));
  }
  if (condition.mode === 'status') {
    return facts.texts.some((t) => words.some((w) => isStatus(t, w)));
  }
  return facts.texts.some((t) => words.includes(t));
}

/*
 * The mask characters below are written as escapes (\u2022 •, \u00B7 ·, \u25CF ●,
 * \u2219 ∙): the guide's script stays ASCII (wxt.config.ts says why).
 */

/** A masked card number as stores show one: a run of mask characters, then the last digits. */
export const MASKED_CARD = /[\u2022*\u00B7\u25CF\u2219]{2,}[\s-]*\d{2,4}(?!\d)/u;

/** Any text that holds a masked card number holds this, whatever joins its pieces. */
const MASK_IN_RAW_TEXT = /[\u2022*\u00B7\u25CF\u2219]{2,}[^\p{L}\p{N}]*\d{2}/u;

/** The runs of letters and digits of a wording: pieces of markup may join, never split, them. */
const LETTER_RUNS = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * What may follow a status label: a card's brand and masked number, as the spec shows it.
 * The brand's first letter is a class (`[\p{L}]`, not `\p{L}`): esbuild rewrites a regex
 * with a bare property escape as `new RegExp("…")` for Chrome targets, 19 bytes more.
 */
const MASKED_CARD_TAIL =
  /^[\s,:;\u00B7|-]*(?:[\p{L}][\p{L} .'&-]{0,24}\s)?[\u2022*\u00B7\u25CF\u2219x]{2,}[\s-]*\d{2,4}$/u;

/** The whole text is the status message: the label alone, or the label and a masked card. */
export function isStatus(text: string, label: string): boolean {
  return (
    text === label || (text.startsWith(label) && MASKED_CARD_TAIL.test(text.slice(label.length)))
  );
}

function anyExact(compiled: CompiledRules, labelId: string, seen: readonly string[]): boolean {
  const words = compiled.wordings.get(labelId) ?? [];
  return seen.some((s) => words.includes(s));
}

export function whenHolds(compiled: CompiledRules, facts: PageFacts, when: When): boolean {
  const all = when.all ?? [];
  const any = when.any;
  return (
    all.every((c) => holds(compiled, facts, c)) &&
    (!any || any.length === 0 || any.some((c) => holds(compiled, facts, c)))
  );
}

export function detectPage(compiled: CompiledRules, site: Site, facts: PageFacts): Detection {
  const { rules } = compiled;
  const page = rules.pages.find((p) => p.site === site && whenHolds(compiled, facts, p.when));
  const pageId = page?.id ?? null;
  /** The steps of the rules that hold on this page. */
  const stepsFrom = (list: typeof rules.evidence = []) =>
    list
      .filter(
        (e) =>
          e.site === site && (!e.page || e.page === pageId) && whenHolds(compiled, facts, e.when),
      )
      .map((e) => e.step);
  const evidence = stepsFrom(rules.evidence);
  const disproved = stepsFrom(rules.disproof);
  const asked = stepsFrom(rules.asks);
  const errors = rules.errors
    .filter((e) => e.site === site && whenHolds(compiled, facts, e.when))
    .map((e) => e.id);
  return {
    site,
    pageId,
    evidence: [...new Set(evidence)],
    disproved: [...new Set(disproved)],
    asked: [...new Set(asked)],
    errors,
  };
}

/** Ids of the labels some rule reads as the start of a longer text. */
function prefixedLabels(compiled: CompiledRules): Set<string> {
  const { pages, evidence, errors } = compiled.rules;
  return new Set(
    [...pages, ...evidence, ...errors].flatMap((r) =>
      [...(r.when.all ?? []), ...(r.when.any ?? [])].flatMap((c) =>
        'text' in c && (c.mode === 'prefix' || c.mode === 'status') ? [c.text] : [],
      ),
    ),
  );
}

/**
 * The cheap filter: can these words matter to any rule? A heading or control
 * must read a label exactly; a text may also start with a label that a rule
 * reads as a prefix or a status. A set lookup and a few prefix tests. A part
 * of a text (one text node) passes if it could be a piece of such a text; a
 * subtree's raw text if some label's runs of letters are all in it.
 */
export function wordFilter(compiled: CompiledRules): WordFilter {
  const exact = new Set([...compiled.wordings.values()].flat());
  const prefixed = prefixedLabels(compiled);
  const starts = [...compiled.wordings.entries()]
    .filter(([id]) => prefixed.has(id))
    .flatMap(([, words]) => words);
  const all = [...exact];
  const runs = all.map((w) => w.match(LETTER_RUNS) ?? []);
  // One pass tells whether any wording's longest run is there at all: most subtrees stop
  // here. (Runs are letters and digits: nothing to escape. A wording without any would
  // add an empty alternative, which matches everything.)
  const anyLongest = new RegExp(
    runs.map((r) => r.reduce((a, b) => (b.length > a.length ? b : a), '')).join('|'),
    'u',
  );
  return (kind, text) => {
    if (kind === 'subtree') {
      // Every label that could be read in it has all its runs in the joined text
      // (icons hidden between its words only add to it).
      const letters = foldLetters(text);
      return (
        (anyLongest.test(letters) && runs.some((r) => r.every((run) => letters.includes(run)))) ||
        MASK_IN_RAW_TEXT.test(letters)
      );
    }
    if (kind === 'part') {
      // Inside some label's words, or a whole message in one piece (a label and what follows).
      return all.some((w) => w.includes(text) || text.startsWith(w)) || MASKED_CARD.test(text);
    }
    return (
      exact.has(text) ||
      (kind === 'text' && (starts.some((w) => text.startsWith(w)) || MASKED_CARD.test(text)))
    );
  };
}

/** Ids of the labels a page shows anywhere (heading, control or text): for diagnostics. */
export function labelsPresent(compiled: CompiledRules, facts: PageFacts): string[] {
  const seen = [...facts.headings, ...facts.controls, ...facts.texts];
  // Only labels the rules read as a prefix ("We have sent… to j***") may match one.
  const prefixed = prefixedLabels(compiled);
  return [...compiled.wordings.entries()]
    .filter(([id, words]) =>
      seen.some((s) => words.some((w) => s === w || (prefixed.has(id) && s.startsWith(w)))),
    )
    .map(([id]) => id);
}

/** Ids of the labels a page rule relies on: what "looks different" compares against. */
export function labelsOfPage(compiled: CompiledRules, pageId: string | null): string[] {
  const rule = compiled.rules.pages.find((p) => p.id === pageId);
  const conditions = [...(rule?.when.all ?? []), ...(rule?.when.any ?? [])];
  return conditions.flatMap((c) =>
    'heading' in c ? [c.heading] : 'control' in c ? [c.control] : 'text' in c ? [c.text] : [],
  );
}

/**
 * The shape of detection rules. Rules are data, so a later release or a
 * guidance pack can add wording or a language without code: a label is a set
 * of strings per locale, and a condition names a label, never a selector.
 */
import { z } from 'zod/mini';
import { SITES } from '../site/sites';
import { STEP_IDS } from '../flow/steps';

/**
 * How a text must relate to a label: `exact` for headings and banners,
 * `prefix` for messages with a variable tail (only to recognise a page), and
 * `status` for a status message that may end in a masked card number
 * ("Card linked · Visa •••• 4242") but never goes on into another sentence.
 */
export const matchModeSchema = z.enum(['exact', 'prefix', 'status']);

/** Label id → locale → wording. Locale keys are BCP 47 language tags ("en", "es", "pt-BR"). */
export const labelsSchema = z.record(
  z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*$/)),
  z.record(
    z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
    z.string().check(z.minLength(1), z.maxLength(200)),
  ),
);

/**
 * One observable fact about the page:
 * - `heading`: a visible heading (h1–h6 or role=heading) reads the label;
 * - `control`: a visible link or button is named by the label (text or accessible name);
 * - `text`: a visible block of text reads the label;
 * - `maskedCard`: a visible block of text shows a masked card number.
 */
export const conditionSchema = z.union([
  z.strictObject({ heading: z.string() }),
  /** A visible text block shows a masked card number ("Visa •••• 4242"): a card really listed. */
  z.strictObject({ maskedCard: z.literal(true) }),
  z.strictObject({ control: z.string() }),
  z.strictObject({ text: z.string(), mode: z.optional(matchModeSchema) }),
]);

/** Every condition in `all` holds, and at least one in `any` when `any` is given. */
const whenSchema = z.strictObject({
  all: z.optional(z.array(conditionSchema)),
  any: z.optional(z.array(conditionSchema)),
});

export const pageRuleSchema = z.strictObject({
  id: z.string(),
  site: z.enum(SITES),
  when: whenSchema,
});

export const evidenceRuleSchema = z.strictObject({
  step: z.enum(STEP_IDS),
  site: z.enum(SITES),
  /** The page the evidence belongs to: the same words elsewhere (a seller review) prove nothing. */
  page: z.optional(z.string()),
  when: whenSchema,
});

export const errorRuleSchema = z.strictObject({
  id: z.string(),
  site: z.enum(SITES),
  when: whenSchema,
});

export const ruleSetSchema = z.strictObject({
  version: z.literal(1),
  labels: labelsSchema,
  /** First matching page wins, so more specific pages come first. */
  pages: z.array(pageRuleSchema),
  evidence: z.array(evidenceRuleSchema),
  /**
   * What proves a step NOT done (issue #11): the card list is empty, the site
   * asks for the PIN first, the verify form still asks for the code. Such a
   * page re-opens the step (and the steps after it), however it was done.
   */
  disproof: z.optional(z.array(evidenceRuleSchema)),
  /**
   * Pages that plainly ask for a step (issue #11): the security form asks for
   * the PIN, the Connect button for the link. They re-open that step only when
   * it was implied or marked by hand (a seen step stays done), and imply the
   * steps before it, since the site shows such a page only after them.
   */
  asks: z.optional(z.array(evidenceRuleSchema)),
  errors: z.array(errorRuleSchema),
});

export type Condition = z.infer<typeof conditionSchema>;
export type When = z.infer<typeof whenSchema>;
export type RuleSet = z.infer<typeof ruleSetSchema>;
export type Labels = z.infer<typeof labelsSchema>;

/**
 * Guidance packs: versioned JSON that adds per-step texts, tips, links and
 * label wordings without a release. Defined once here; the JSON Schema for
 * authors (public/packs/guidance-pack.schema.json) is generated from it.
 *
 * Data only: every text is plain text (no `<`, `>` or control characters) and
 * is rendered as text, links are https to the store or payment site only, and
 * every object is strict, so a typo is an error rather than silently ignored.
 *
 * Labels: an entry sets the wording of one label in one locale. It replaces
 * the built-in wording of that locale (`linkCard: { en: 'Add card' }` makes the
 * guide look for "Add card" instead of "Link card") and adds a language when
 * the locale is new. To match both the old and the new wording, put the new one
 * under a regional locale (`'en-US': 'Add card'`): the matcher accepts every
 * locale's wording.
 */
import { z } from 'zod/mini';
import { DEFAULT_LABELS, type LabelId } from '../detect/default-labels';
import { STEP_IDS } from '../flow/steps';
import { siteOfHost } from '../site/sites';
import { PACK_ID } from './pack-id';

export { PACK_ID };

export const PACK_FORMAT = 'alipay-card-guide-pack';
export const PACK_FORMAT_VERSION = 1;

export const PACK_VERSION = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;
export const PACK_LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

// Markup characters, C0/C1 controls, line/paragraph separators and bidi
// overrides (which can make a text read differently from what it says).
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const PLAIN_TEXT = /^[^<>\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;
const NOT_BLANK = /\S/;
// Host: aliexpress.com, alipay.com or a subdomain; no user, no port. Then an optional path.
const STORE_OR_PAYMENT_LINK =
  /^https:\/\/([a-z0-9-]+\.)*(aliexpress|alipay)\.com(\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?#]*)?$/;

const LINK_MESSAGE = 'must be an https link to AliExpress or AliPay';

export const LABEL_IDS = Object.keys(DEFAULT_LABELS) as [LabelId, ...LabelId[]];

function plainText(max: number, description: string) {
  return z.string().check(
    // No minLength: "not blank" already rules out the empty string, with one message.
    z.maxLength(max),
    z.regex(NOT_BLANK, { error: 'must not be blank' }),
    z.regex(PLAIN_TEXT, { error: 'must be plain text: no < or > and no control characters' }),
    z.describe(description),
  );
}

const localeKey = z
  .string()
  .check(z.regex(PACK_LOCALE, { error: 'must be a language tag like "en", "es" or "pt-BR"' }));

/** Belt and braces behind the pattern: the URL parser must agree on the scheme and host. */
function isStoreOrPaymentLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      url.port === '' &&
      !url.hostname.endsWith('.localhost') &&
      siteOfHost(url.hostname) !== null
    );
  } catch {
    return false;
  }
}

const linkSchema = z
  .string()
  .check(
    z.maxLength(300),
    z.regex(STORE_OR_PAYMENT_LINK, { error: LINK_MESSAGE }),
    z.refine(isStoreOrPaymentLink, { error: LINK_MESSAGE }),
    z.describe('An https link to aliexpress.com, alipay.com or one of their subdomains.'),
  );

export const stepTextSchema = z.strictObject({
  title: z.optional(plainText(80, 'Replaces the step title.')),
  todo: z.optional(plainText(400, 'Replaces the "what to do now" instruction.')),
  tips: z.optional(
    z.array(plainText(200, 'A short tip shown under the instruction.')).check(z.maxLength(5)),
  ),
});

export const packSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  id: z.string().check(
    z.regex(PACK_ID, {
      error:
        'must be 2 to 64 lowercase letters, digits or hyphens, starting with a letter or digit',
    }),
  ),
  name: plainText(80, 'Shown to the shopper when the pack is active.'),
  version: z.string().check(z.regex(PACK_VERSION, { error: 'must be a version like 1.0.0' })),
  author: plainText(80, 'Who wrote the pack.'),
  /** Step id → locale → texts. */
  steps: z.optional(z.partialRecord(z.enum(STEP_IDS), z.record(localeKey, stepTextSchema))),
  /** Label id → locale → wording the guide looks for on the page. */
  labels: z.optional(
    z.partialRecord(
      z.enum(LABEL_IDS),
      z.record(localeKey, plainText(200, 'The wording as a person sees it on the page.')),
    ),
  ),
  /** Step id → the page the "open the page for this step" button opens. */
  links: z.optional(z.partialRecord(z.enum(STEP_IDS), linkSchema)),
});

export type Pack = z.infer<typeof packSchema>;
export type PackStepText = z.infer<typeof stepTextSchema>;

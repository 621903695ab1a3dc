/**
 * The one message protocol between the content script, the popup and the
 * background. Each entry names who may send it and the zod schemas of its
 * request and response; TypeScript types come from the schemas.
 */
import { z } from 'zod/mini';
import { progressSchema } from '../flow/progress-schema';
import { STEP_IDS } from '../flow/steps';
import { SITES } from '../site/sites';
import { diagnosticSchema } from '../diagnostics/diagnostic-schema';
import { settingsSchema } from '../settings/settings-schema';
import { isPackData } from '../guards/pack-guard';
import type { RuleSet } from '../detect/rule-schema';
import { LANGUAGE_SETTINGS } from '../settings/settings';
import type { Pack } from '../packs/pack-schema';

/** `content`: a content script in a store/payment tab. `extension`: our own pages (popup, options). */
export type SenderKind = 'content' | 'extension';

const idList = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(32));
/** Packs are zod-parsed on import (options page) and guarded here, on every reply that carries one. */
const activePack = z.nullable(z.custom<Pack>(isPackData));
/** What a content script needs back after any report: where the shopper stands, whether to guide, and the active pack. */
const progressAndSettings = z.strictObject({
  progress: progressSchema,
  settings: settingsSchema,
  pack: activePack,
});

export const protocol = {
  /** A content script reports what the page shows. The URL comes from the browser (sender.url), not from here. */
  pageSeen: {
    from: ['content'],
    request: z.strictObject({
      site: z.enum(SITES),
      pageId: z.nullable(z.string().check(z.maxLength(64))),
      evidence: z.array(z.enum(STEP_IDS)).check(z.maxLength(STEP_IDS.length)),
      /** Steps the page shows are not done (the card list is empty…). */
      disproved: z.optional(z.array(z.enum(STEP_IDS)).check(z.maxLength(STEP_IDS.length))),
      /** Steps the page plainly asks for (the security form…). */
      asked: z.optional(z.array(z.enum(STEP_IDS)).check(z.maxLength(STEP_IDS.length))),
      errors: idList,
    }),
    response: progressAndSettings,
  },
  getProgress: {
    from: ['content', 'extension'],
    request: z.strictObject({}),
    response: progressAndSettings,
  },
  /**
   * The rules a content script detects by: the defaults with the active pack's
   * wordings, and which pack that is (`packKey`), so the script can tell when a
   * pack change makes them stale. They live in the background, so no page
   * carries them (issue #10's size budget). Content-only: the script checks
   * the reply's frame with parseRulesReply (reply-guard.ts says why no more),
   * and no extension page parses it with this schema, so it names the type only.
   */
  getRules: {
    from: ['content'],
    request: z.strictObject({}),
    response: z.strictObject({ rules: z.custom<RuleSet>(), packKey: z.string() }),
  },
  /** "This page looks different": ids only (see diagnostic-schema.ts); the background stamps the time. */
  reportDiagnostic: {
    from: ['content'],
    request: z.omit(diagnosticSchema, { at: true }),
    response: z.strictObject({}),
  },
  /** A content script may only turn the guide off (its own button); turning it on is the popup's. */
  turnGuideOff: {
    from: ['content', 'extension'],
    request: z.strictObject({}),
    response: z.strictObject({ settings: settingsSchema }),
  },
  /**
   * The guide's texts in a language, `auto` for the browser's (a content script
   * cannot read packaged files, and its first `browser.i18n` call is slow).
   */
  getCatalogue: {
    from: ['content', 'extension'],
    request: z.strictObject({ lang: z.enum(LANGUAGE_SETTINGS) }),
    response: z.strictObject({
      catalogue: z.record(
        z.string(),
        z.object({
          message: z.string(),
          placeholders: z.optional(z.record(z.string(), z.object({ content: z.string() }))),
        }),
      ),
    }),
  },
  /** The options page changed the stored packs: re-read the active one and tell every tab. */
  packsChanged: {
    from: ['extension'],
    request: z.strictObject({}),
    response: z.strictObject({ pack: activePack }),
  },
  updateSettings: {
    from: ['extension'],
    request: z.partial(settingsSchema),
    response: z.strictObject({ settings: settingsSchema }),
  },
  markStep: {
    from: ['extension'],
    request: z.strictObject({ step: z.enum(STEP_IDS), done: z.boolean() }),
    response: z.strictObject({ progress: progressSchema }),
  },
  resetProgress: {
    from: ['extension'],
    request: z.strictObject({}),
    response: z.strictObject({ progress: progressSchema }),
  },
} as const satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = z.infer<Protocol[K]['request']>;
export type ResponseOf<K extends MessageName> = z.infer<Protocol[K]['response']>;

export const MESSAGE_NAMES = Object.keys(protocol) as MessageName[];

/** What travels: a name and its payload. */
export const envelopeSchema = z.strictObject({
  type: z.enum(MESSAGE_NAMES as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});

/** Errors cross contexts as data; the caller re-throws them with a cause (send-message.ts). */
export type Reply =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: 'bad-message' | 'forbidden' | 'failed'; message: string } };

/**
 * Pushes: the background tells content scripts in open tabs that progress
 * changed (a step done in another tab, or marked in the popup), so every
 * tab's guide shows the same step. No reply is expected.
 */
export interface Push {
  push: 'progressChanged';
  progress: z.infer<typeof progressSchema>;
  settings: z.infer<typeof settingsSchema>;
  pack: Pack | null;
}

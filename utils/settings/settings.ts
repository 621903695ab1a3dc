/**
 * The shopper's settings: which languages exist and the defaults. Zod-free,
 * so the content script can use it (see settings-schema.ts for the parser).
 */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'es'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export interface GuideSettings {
  /** The on-page guide; the popup always works. */
  guideEnabled: boolean;
  /** Which language the extension speaks: the browser's, or one chosen on the options page. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: GuideSettings = { guideEnabled: true, language: 'auto' };

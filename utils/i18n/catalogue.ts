/** The shape of a `_locales/<lang>/messages.json` file, as `browser.i18n` reads it. */
export type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** The languages the extension ships a catalogue for. */
export const CATALOGUE_LANGUAGES = ['en', 'es'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/**
 * Each language's folder holds the browser's catalogue, `messages`, and the
 * guide's share of it, `guide`, which the build writes (utils/i18n/guide-messages.ts).
 */
export type CatalogueFile = 'messages' | 'guide';
export const cataloguePath = (lang: CatalogueLanguage, file: CatalogueFile) =>
  `_locales/${lang}/${file}.json`;

/** The shape of a `_locales/<lang>/messages.json` file, as `browser.i18n` reads it. */
export type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** The languages the extension ships a catalogue for. */
export const CATALOGUE_LANGUAGES = ['en', 'es'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

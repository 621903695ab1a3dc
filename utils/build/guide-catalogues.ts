/**
 * Build step (issue #10): writes each language's guide catalogue
 * (utils/i18n/guide-messages.ts) beside the extension's public files, from
 * the catalogue the browser reads, so the two never drift.
 */
import { CATALOGUE_LANGUAGES, cataloguePath } from '../i18n/catalogue';
import { guideCatalogue } from '../i18n/guide-messages';
import { readPublicCatalogues } from './public-catalogues';

export interface GeneratedFile {
  relativeDest: string;
  contents: string;
}

export function guideCatalogueFiles(publicDir: string): GeneratedFile[] {
  const catalogues = readPublicCatalogues(publicDir);
  return CATALOGUE_LANGUAGES.map((lang) => ({
    relativeDest: cataloguePath(lang, 'guide'),
    contents: JSON.stringify(guideCatalogue(catalogues[lang])),
  }));
}

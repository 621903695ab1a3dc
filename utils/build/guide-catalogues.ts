/**
 * Build step (issue #10): writes each language's guide catalogue
 * (utils/i18n/guide-messages.ts) beside the extension's public files, from
 * the catalogue the browser reads, so the two never drift.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE_LANGUAGES, cataloguePath, type Catalogue } from '../i18n/catalogue';
import { guideCatalogue } from '../i18n/guide-messages';

export interface GeneratedFile {
  relativeDest: string;
  contents: string;
}

export function guideCatalogueFiles(publicDir: string): GeneratedFile[] {
  return CATALOGUE_LANGUAGES.map((lang) => {
    const file = path.join(publicDir, cataloguePath(lang, 'messages'));
    const full = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
    return {
      relativeDest: cataloguePath(lang, 'guide'),
      contents: JSON.stringify(guideCatalogue(full)),
    };
  });
}

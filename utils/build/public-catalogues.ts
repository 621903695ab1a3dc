/**
 * The extension's catalogues as the build finds them in its public folder:
 * what build steps derive other files from (guide-catalogues.ts,
 * popup-first-paint.ts), so nothing they write drifts from what the browser reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CATALOGUE_LANGUAGES,
  cataloguePath,
  type Catalogue,
  type CatalogueLanguage,
} from '../i18n/catalogue';

export function readPublicCatalogues(publicDir: string): Record<CatalogueLanguage, Catalogue> {
  return Object.fromEntries(
    CATALOGUE_LANGUAGES.map((lang) => [
      lang,
      JSON.parse(
        readFileSync(path.join(publicDir, cataloguePath(lang, 'messages')), 'utf8'),
      ) as Catalogue,
    ]),
  ) as Record<CatalogueLanguage, Catalogue>;
}

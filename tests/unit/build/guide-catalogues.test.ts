/** Issue #10: the build writes each language's guide catalogue from the browser's one. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideCatalogueFiles } from '@/utils/build/guide-catalogues';
import { guideCatalogue } from '@/utils/i18n/guide-messages';

const PUBLIC = path.resolve(import.meta.dirname, '../../../public');

describe('guideCatalogueFiles', () => {
  it('writes the guide’s share of each catalogue beside it', () => {
    const files = guideCatalogueFiles(PUBLIC);
    expect(files.map((f) => f.relativeDest)).toEqual([
      '_locales/en/guide.json',
      '_locales/es/guide.json',
    ]);
    for (const { relativeDest, contents } of files) {
      const full = readFileSync(
        path.join(PUBLIC, path.dirname(relativeDest), 'messages.json'),
        'utf8',
      );
      expect(JSON.parse(contents)).toEqual(guideCatalogue(JSON.parse(full)));
    }
  });
});

/**
 * `npm run guide`: an illustrated guide, per language, from the built
 * extension walking the mock site. See `npm run guide -- --help`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../../harness/illustrated-guide/capture-steps';
import { generateGuide, LANGS } from '../../harness/illustrated-guide/generate-guide';
import { PackError } from '../../harness/illustrated-guide/load-pack';

const HELP = `Usage: npm run guide -- [options]

Builds the extension, starts the mock site and, per language, photographs the
on-page guide at each of the five steps in Chromium. Writes, per language:
  guide-<lang>.html   self-contained (pictures inlined), ready to send or print
  guide-<lang>.pdf    the same document on A4
  step-<n>-<step>-<lang>.png   the five screenshots

Options:
  --out <dir>        where to write (default: test-results/guide)
  --lang <list>      languages, comma-separated (default: en,es)
  --pack <file.json> take each step's title, instructions and tips from this
                     guidance pack (validated like the extension does; a bad
                     pack stops here with its errors). Without it the texts are
                     the extension's built-in catalogue: a fresh browser profile
                     has no active pack. The screenshots always show the guide
                     as shipped.
  --no-build         use the existing build in .output/chrome-mv3
  --help             this text
`;

function readArgs() {
  return parseArgs({
    options: {
      out: { type: 'string', default: 'test-results/guide' },
      lang: { type: 'string', default: LANGS.join(',') },
      pack: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof readArgs>;
  try {
    values = readArgs();
  } catch (error) {
    console.error(`${(error as Error).message}\nSee: npm run guide -- --help`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const langs = values.lang
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  const unknown = langs.filter((l) => !(LANGS as readonly string[]).includes(l));
  if (unknown.length > 0 || langs.length === 0) {
    console.error(`--lang takes a list from ${LANGS.join(', ')}; got "${values.lang}".`);
    return 2;
  }
  try {
    const files = await generateGuide({
      outDir: values.out,
      langs: langs as Lang[],
      packFile: values.pack,
      build: !values['no-build'],
      log: (line) => console.log(line),
    });
    console.log('\nWrote:');
    for (const f of files) {
      const rel = (file: string) => path.relative(process.cwd(), file);
      console.log(`  ${f.lang}: ${rel(f.html)}`);
      console.log(`      ${rel(f.pdf)}`);
      for (const png of f.pngs) console.log(`      ${rel(png)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof PackError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();

/**
 * `npm run icons`: the extension's PNG icons, made from one drawing,
 * tests/tools/icons/icon-source.svg (issue #14). Writes `icon/<size>.png`
 * (16–128, the manifest's `icons`) and `toolbar/<size>.png` (16, 32, the
 * toolbar button) under `public/`, or under `--out DIR`, which the e2e test
 * uses to check that the committed PNGs are what the drawing makes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderIcons, SOURCE_SVG } from './render-icons';

const HELP = `Usage: npm run icons -- [--out DIR]

Renders ${path.relative(process.cwd(), SOURCE_SVG)} in Chromium and writes
DIR/icon/{16,32,48,96,128}.png and DIR/toolbar/{16,32}.png.

Options:
  --out <dir>   where to write (default: public)
  --help        this text
`;

async function main(): Promise<number> {
  let values: { out: string; help: boolean };
  try {
    values = parseArgs({
      options: {
        out: { type: 'string', default: 'public' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nSee: npm run icons -- --help`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  for (const icon of await renderIcons()) {
    const file = path.resolve(values.out, icon.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, icon.png);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${icon.size}×${icon.size})`);
  }
  return 0;
}

process.exitCode = await main();

/**
 * Issue #14: AMO reviewers rebuild the minified Firefox package from the
 * sources zip. This unpacks `.output/*-sources.zip` into an empty folder, runs
 * there exactly the commands README.md's "Building from the sources zip"
 * section gives, and compares the package it makes with the one `npm run
 * build` made here, file by file: same names, same bytes. (The zips themselves
 * differ: JSZip stamps every entry with the time it was zipped.) Needs `npm run
 * build` first, which `npm run test:package` does. Installs from the npm cache when
 * it can (~20 s), then builds (~10 s).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../harness/read-zip';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const SOURCES_ZIP = `.output/${name}-${version}-sources.zip`;
const FIREFOX_ZIP = `.output/${name}-${version}-firefox.zip`;

/**
 * The README's commands, and how this test runs each: the same command, with
 * npm ci told to use the npm cache first (the machine may have no network).
 */
const REVIEWER_COMMANDS = [
  { readme: 'npm ci', run: ['npm', 'ci', '--no-audit', '--no-fund', '--prefer-offline'] },
  { readme: 'npm run build:firefox', run: ['npm', 'run', 'build:firefox'] },
] as const;

function unpack(entries: Map<string, Buffer>, dir: string): void {
  for (const [entryName, data] of entries) {
    const target = path.resolve(dir, entryName);
    if (!target.startsWith(dir + path.sep)) throw new Error(`zip entry outside: ${entryName}`);
    if (entryName.endsWith('/')) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }
}

/**
 * The environment of a reviewer's shell: this one without what Vitest and the
 * npm script running it add. NODE_ENV matters most: Vitest sets it to `test`,
 * and with NODE_ENV set to anything but `production` Vite compiles JSX in its
 * development form, with the build folder's absolute paths in the output.
 * npm's own settings (`npm_config_*`, such as the cache `.ci/run` points to) stay.
 */
function reviewerEnv(): NodeJS.ProcessEnv {
  const vitest = /^(VITEST.*|NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/;
  const npmScript = /^(npm_package_.*|npm_lifecycle_.*|npm_command|INIT_CWD)$/;
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitest.test(key) && !npmScript.test(key)),
  );
}

/** The commands in the first `sh` block under the README's reviewers' heading. */
function reviewerSection(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Building from the sources zip'));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

const execFileAsync = promisify(execFile);

describe('the sources zip rebuilds the Firefox package (issue #14)', () => {
  let dir: string;
  let sources: Map<string, Buffer>;

  beforeAll(() => {
    sources = readZip(path.join(ROOT, SOURCES_ZIP));
    dir = mkdtempSync(path.join(tmpdir(), 'agc-sources-'));
    unpack(sources, dir);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("holds the lockfile and npm's and Puppeteer's settings, and no tests", () => {
    for (const file of ['package.json', 'package-lock.json', '.npmrc', '.puppeteerrc.cjs']) {
      expect(sources.has(file), `${SOURCES_ZIP} lacks ${file}`).toBe(true);
    }
    expect([...sources.keys()].filter((f) => f.startsWith('tests/'))).toEqual([]);
  });

  it('its README gives the commands this test runs', () => {
    const readme = sources.get('README.md')?.toString('utf8') ?? '';
    expect(reviewerSection(readme)).toEqual(REVIEWER_COMMANDS.map((c) => c.readme));
  });

  it('builds the same files, byte for byte, with those commands', async () => {
    for (const {
      run: [bin, ...args],
    } of REVIEWER_COMMANDS) {
      await execFileAsync(bin, args, {
        cwd: dir,
        env: reviewerEnv(),
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string; stderr?: string }) => {
        const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.slice(-4000);
        throw new Error(`\`${[bin, ...args].join(' ')}\` failed in ${dir}:\n${output}`, {
          cause: error,
        });
      });
    }

    const submitted = readZip(path.join(ROOT, FIREFOX_ZIP));
    const rebuilt = readZip(path.join(dir, FIREFOX_ZIP));
    const differences = {
      onlySubmitted: [...submitted.keys()].filter((f) => !rebuilt.has(f)).sort(),
      onlyRebuilt: [...rebuilt.keys()].filter((f) => !submitted.has(f)).sort(),
      differentBytes: [...submitted.keys()]
        .filter((f) => rebuilt.has(f) && !submitted.get(f)!.equals(rebuilt.get(f)!))
        .sort(),
    };
    expect(
      differences,
      `${FIREFOX_ZIP} rebuilt from ${SOURCES_ZIP} differs from the one npm run build made`,
    ).toEqual({ onlySubmitted: [], onlyRebuilt: [], differentBytes: [] });
    expect(submitted.size).toBeGreaterThan(10);
  }, 240_000);
});

/**
 * Refuses to run the browser tests on a browser older than the suite supports,
 * with a message that says what was found, what is needed and how to fix it.
 * An old Firefox ESR otherwise fails much later, deep in Puppeteer, with
 * "unknown command emulation.setScreenOrientationOverride" (issue #9).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type BrowserPackage = 'chromium' | 'firefox-esr';

export const FIX_COMMAND = 'apt-get update && apt-get install -y chromium firefox-esr';

/** The minimum major version of each browser, from the one file `.ci/run` reads too. */
export function minimumVersions(): Record<BrowserPackage, number> {
  const url = new URL('./browser-versions.json', import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as Record<BrowserPackage, number>;
  return { chromium: data.chromium, 'firefox-esr': data['firefox-esr'] };
}

/** The major version in a `--version` line such as "Mozilla Firefox 153.8.0esr". */
export function majorVersion(versionLine: string): number | undefined {
  const match = /(\d+)\.\d+/.exec(versionLine);
  return match ? Number(match[1]) : undefined;
}

/** Null when the browser is recent enough, else the message to stop with. */
export function versionProblem(
  browser: BrowserPackage,
  executable: string,
  versionLine: string,
  minimum: number,
): string | null {
  const found = majorVersion(versionLine);
  if (found !== undefined && found >= minimum) return null;
  const seen =
    found === undefined ? `an unreadable version ("${versionLine.trim()}")` : `version ${found}`;
  return (
    `${browser} at ${executable} is ${seen}; the browser tests need ${browser} ${minimum} or newer.\n` +
    `Fix it with: ${FIX_COMMAND}\n` +
    `(or point ${browser === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at a newer build).`
  );
}

/** Runs `executable --version` and checks it; throws the clear message on an old browser. */
export function assertBrowserVersion(browser: BrowserPackage, executable: string): void {
  let line: string;
  try {
    line = execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    });
  } catch (error) {
    throw new Error(`Could not run "${executable} --version": ${String(error)}`, { cause: error });
  }
  const problem = versionProblem(browser, executable, line, minimumVersions()[browser]);
  if (problem) throw new Error(problem);
}

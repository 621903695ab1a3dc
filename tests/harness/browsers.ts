/**
 * Finds and launches the system browsers for end-to-end tests.
 *
 * Puppeteer never downloads a browser here (see .puppeteerrc.cjs). We look for
 * one in this order: an environment variable, the usual system paths, then
 * Puppeteer's own cache (for a developer who ran `npx puppeteer browsers install`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';

/** Flags that keep headless Chromium quiet on a machine with no network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

function firstExisting(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((c): c is string => !!c && existsSync(c));
}

/** Newest executable under Puppeteer's cache for a browser, if any. */
function fromPuppeteerCache(browser: 'chrome' | 'firefox', exe: string): string | undefined {
  const dir = path.join(
    process.env.PUPPETEER_CACHE_DIR ?? path.join(homedir(), '.cache', 'puppeteer'),
    browser,
  );
  if (!existsSync(dir)) return undefined;
  const builds = readdirSync(dir).sort().reverse();
  for (const build of builds) {
    const found = firstExisting(
      readdirSync(path.join(dir, build)).map((sub) => path.join(dir, build, sub, exe)),
    );
    if (found) return found;
  }
  return undefined;
}

export function findChromium(): string {
  const found =
    firstExisting([
      process.env.CHROMIUM_PATH,
      process.env.PUPPETEER_EXECUTABLE_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ]) ?? fromPuppeteerCache('chrome', 'chrome');
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export function findFirefox(): string {
  const found =
    firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) ??
    fromPuppeteerCache('firefox', 'firefox');
  if (!found) {
    throw new Error(
      'No Firefox found. Install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.',
    );
  }
  return found;
}

export interface ChromiumOptions {
  /** Absolute path of an unpacked extension to load. */
  extensionPath?: string;
  /** Browser UI language, e.g. "es" (also sets Accept-Language). */
  lang?: string;
  headless?: boolean;
  userDataDir?: string;
}

export async function launchChromium(opts: ChromiumOptions = {}): Promise<Browser> {
  const args = [...CHROMIUM_FLAGS];
  if (opts.lang) args.push(`--lang=${opts.lang}`, `--accept-lang=${opts.lang}`);
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    pipe: true,
    args,
    userDataDir: opts.userDataDir,
    env: opts.lang
      ? { ...process.env, LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8` }
      : process.env,
    ...(opts.extensionPath ? { enableExtensions: [path.resolve(opts.extensionPath)] } : {}),
  });
}

/**
 * Headless Firefox ESR on the profile folder given, with these preferences. It
 * may be sent system-level BiDi commands: installing an add-on is one.
 */
export async function launchFirefox(opts: {
  userDataDir: string;
  prefs?: Record<string, unknown>;
}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    userDataDir: opts.userDataDir,
    extraPrefsFirefox: opts.prefs,
  });
}

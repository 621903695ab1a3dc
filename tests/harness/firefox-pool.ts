/**
 * One Firefox kept across the e2e files that want a plain one (no language, no
 * profile of their own, no start-up policies). Starting and closing Firefox
 * took about 2 s per file and the suite does it some fifteen times; giving the
 * add-on back and installing it again takes 0.3 s.
 *
 * What a file could leave behind is cleared when it hands the browser back:
 * its tabs, cookies (they ignore ports, and every file's mock site has a new
 * one) and listeners; uninstalling the add-on clears its IndexedDB, storage and
 * localStorage (the `moz-extension://` address is kept by a preference, so the
 * tests know it). Firefox orders that clearing before anything the next install
 * opens on the same origin. A browser that fails any of this is closed instead.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'puppeteer';
import { GECKO_ID } from '../../wxt.config';
import { launchFirefox } from './browsers';
import { newProfile } from './firefox-profile';

export interface StartedFirefox {
  browser: Browser;
  /** The add-on's `moz-extension://` host, the same for every install in this browser. */
  uuid: string;
  /** Closes the browser for good and removes its profile. */
  close(): Promise<void>;
}

let idle: StartedFirefox | null = null;
/** What ends each running browser at once, for a process that is exiting. */
const killers = new Set<() => void>();

/**
 * Starts Firefox with the add-on at `addon` installed and its address fixed, on the
 * profile folder given (the caller's to keep) or on a new one (a copy of the run's
 * template, removed on close).
 */
export async function startFirefox(opts: {
  addon: string;
  userDataDir?: string;
  prefs?: Record<string, unknown>;
}): Promise<StartedFirefox> {
  const uuid = randomUUID();
  const profile = opts.userDataDir ? { dir: opts.userDataDir, dispose: () => {} } : newProfile();
  const browser = await launchFirefox({
    userDataDir: profile.dir,
    prefs: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Reinstalling must not give the add-on a new address (its storage is still cleared).
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...opts.prefs,
    },
  }).catch((error: unknown) => {
    profile.dispose();
    throw error;
  });
  const kill = () => {
    browser.process()?.kill('SIGKILL');
    try {
      profile.dispose();
    } catch {
      // A temporary folder a child process was still writing to: the system's to clear.
    }
  };
  killers.add(kill);
  const started: StartedFirefox = {
    browser,
    uuid,
    close: async () => {
      killers.delete(kill);
      await browser.close().catch(() => undefined);
      profile.dispose();
    },
  };
  try {
    await browser.installExtension(opts.addon);
  } catch (error) {
    await started.close();
    throw error;
  }
  return started;
}

/**
 * The idle Firefox with the add-on at `addon` installed again; a new one when there
 * is none, or when the kept one cannot take it (closed, or no longer answering).
 */
export async function takeFirefox(addon: string): Promise<StartedFirefox> {
  const kept = idle;
  idle = null;
  if (kept) {
    try {
      // Throws at once, not as a rejection, on a browser that has closed.
      await kept.browser.installExtension(addon);
      return kept;
    } catch {
      await kept.close();
    }
  }
  return startFirefox({ addon });
}

/** Clears what a test file left and keeps the browser for the next one; closes it if that fails. */
export async function giveBackFirefox(firefox: StartedFirefox): Promise<void> {
  const { browser } = firefox;
  try {
    for (const event of ['targetcreated', 'targetchanged', 'targetdestroyed'] as const) {
      browser.removeAllListeners(event);
    }
    // A tab first: Firefox ends when its last window closes. (An extension page's tab
    // stays in Puppeteer's list after it closed, as about:blank; Firefox has none left.)
    const blank = await browser.newPage();
    for (const page of await browser.pages()) if (page !== blank) await page.close();
    await browser.deleteCookie(...(await browser.cookies()));
    await browser.uninstallExtension(GECKO_ID);
  } catch {
    await firefox.close();
    return;
  }
  if (idle) await idle.close();
  idle = firefox;
}

// The run ends with the test worker: no test is left to close the idle browser, and an
// awaited close cannot run in 'exit'. Killing it there is what Puppeteer does on exit too.
process.once('exit', () => {
  for (const kill of killers) kill();
});

/**
 * Firefox profiles for tests. A new profile costs Firefox about 1.5 s of each
 * launch (4.3 s against 2.7 s from a copy, on the 2-core machine) while it
 * creates its databases and start-up caches, and the suite launches Firefox
 * some twenty times. So the e2e global set-up makes one profile, with no
 * extension and nothing of a test in it, and each launch starts from a copy.
 * Outside Vitest (the bench, `npm start`) there is no template: a new profile.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchFirefox } from './browsers';

/** Where the global set-up tells test workers the template is (they inherit its environment). */
const TEMPLATE_ENV = 'AGC_FIREFOX_PROFILE_TEMPLATE';

/** Launches Firefox once on an empty folder and keeps what it made there; returns a disposer. */
export async function makeProfileTemplate(): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'agc-ff-template-'));
  await (await launchFirefox({ userDataDir: dir })).close();
  process.env[TEMPLATE_ENV] = dir;
  return () => {
    delete process.env[TEMPLATE_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}

/** A profile folder of its own for one launch: a copy of the template when there is one. */
export function newProfile(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'agc-ff-'));
  const template = process.env[TEMPLATE_ENV];
  if (template) cpSync(template, dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

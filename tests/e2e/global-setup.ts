/**
 * Before any browser test: both browsers exist and are recent enough (one
 * clear message here beats a run of cryptic Puppeteer failures), and the
 * Firefox profile every launch copies is made.
 */
import { assertBrowserVersion } from '../harness/check-browsers';
import { findChromium, findFirefox } from '../harness/browsers';
import { makeProfileTemplate } from '../harness/firefox-profile';

export default async function setUp(): Promise<() => void> {
  assertBrowserVersion('chromium', findChromium());
  assertBrowserVersion('firefox-esr', findFirefox());
  // Each Firefox of the run starts from a copy of one profile (firefox-profile.ts).
  return makeProfileTemplate();
}

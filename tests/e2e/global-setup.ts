/**
 * Before any browser test: both browsers exist and are recent enough. One
 * clear message here beats a run of cryptic Puppeteer failures.
 */
import { assertBrowserVersion } from '../harness/check-browsers';
import { findChromium, findFirefox } from '../harness/browsers';

export default function checkBrowsers(): void {
  assertBrowserVersion('chromium', findChromium());
  assertBrowserVersion('firefox-esr', findFirefox());
}

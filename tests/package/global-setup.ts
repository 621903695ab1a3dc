/**
 * The icons check renders the drawing in Chromium (`npm run icons`): one too old
 * for the suite stops the run here, with the clear message the e2e run gives.
 */
import { findChromium } from '../harness/browsers';
import { assertBrowserVersion } from '../harness/check-browsers';

export default function setUp(): void {
  assertBrowserVersion('chromium', findChromium());
}

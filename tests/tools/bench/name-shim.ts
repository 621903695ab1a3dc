/**
 * tsx (esbuild with keepNames) wraps every named function, arrow functions
 * assigned to a const included, in `__name(fn, "name")`. A function handed to
 * `page.evaluate` is sent as source, and the page has no `__name`: define a
 * no-op one there before evaluating anything with inner helpers. Lost on
 * navigation, so call it after the page has loaded.
 */
import type { Page } from 'puppeteer';

export async function defineNameShim(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn;');
}

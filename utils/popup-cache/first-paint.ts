/**
 * The popup's first paint without its script (issue #11). Before the popup
 * can draw anything with Preact, its one script must come through the
 * browser process and run: 20 ms and more after the HTML is parsed, most of
 * the distance between the popup and an empty extension page. So the build
 * also writes the popup's page once per checklist it can paint as plain
 * markup (utils/build/popup-first-paint.ts), and the toolbar button opens the
 * one that shows the last known checklist: the browser paints it as the HTML
 * is parsed, and the script's first render takes over (PopupApp).
 *
 * A page per state, not one page whose fragment picks the state with CSS
 * (`:target`): Chromium sets the target only once the document has finished
 * parsing, after the popup's script has run, so that first paint never came
 * first (measured: later than the script's own).
 *
 * The checklists painted so are those whose done steps are the first n, in
 * each catalogue's language: the journey in order, marks that imply earlier
 * steps, a step re-opened with nothing after it done. Any other, and an
 * active pack with step texts of its own (which the script would then put
 * in place of the built-in ones), paint with the script as before. How a
 * step was done (seen, implied, marked) comes with the script.
 */
import { CATALOGUE_LANGUAGES, type CatalogueLanguage } from '../i18n/catalogue';
import type { Progress } from '../flow/progress-schema';
import { STEP_IDS } from '../flow/steps';

/** The element that holds the plain-markup checklist in those pages. */
export const FIRST_PAINT_ID = 'first-paint';

/** How many steps are done, if they are the first ones; else null. */
export function doneInOrder(steps: Progress['steps']): number | null {
  const done = STEP_IDS.filter((s) => steps[s]).length;
  return STEP_IDS.slice(0, done).every((s) => steps[s]) ? done : null;
}

/** The page that paints this checklist in this language before its script runs, if there is one. */
export function firstPaintPage(steps: Progress['steps'], lang: CatalogueLanguage): string | null {
  const done = doneInOrder(steps);
  return done === null ? null : firstPaintPageName(lang, done);
}

const firstPaintPageName = (lang: CatalogueLanguage, done: number) => `popup-${lang}-${done}.html`;

/** Every such page: its language, how many steps it shows done, and its name (the build writes them). */
export function everyFirstPaintPage(): { lang: CatalogueLanguage; done: number; name: string }[] {
  return CATALOGUE_LANGUAGES.flatMap((lang) =>
    Array.from({ length: STEP_IDS.length + 1 }, (_, done) => ({
      lang,
      done,
      name: firstPaintPageName(lang, done),
    })),
  );
}

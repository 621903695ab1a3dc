/**
 * The messages the on-page guide speaks, as a catalogue of their own (issue
 * #10). A content script's first `browser.i18n.getMessage` waits on the
 * browser for the extension's whole message bundle, every page load (about
 * 2 ms of script); the guide instead asks the background for these few
 * messages, which the build writes beside the catalogues (wxt.config.ts).
 * A key missing here still works, through `browser.i18n`: the bundle test
 * checks that every key in the guide's script is one of these.
 */
import type { Catalogue } from './catalogue';
import type { MessageKey } from './t';

/** Whole families: steps, instructions (`do_<control>`), page notes, reasons, errors. */
const GUIDE_FAMILIES = ['step_', 'do_', 'info_', 'why_', 'err_'];
const GUIDE_KEYS: ReadonlySet<string> = new Set<MessageKey>([
  'stepOfTotal',
  'allDoneTitle',
  'allDoneText',
  'cancel',
  'guideLabel',
  'hideOnPage',
  'turnOff',
  'looksDifferent',
  'looksDifferentSent',
  'cantFind',
  'searching',
  'whyLabel',
  'problemLabel',
  'packSource',
  'showMore',
]);

export function isGuideMessage(key: string): boolean {
  return GUIDE_KEYS.has(key) || GUIDE_FAMILIES.some((family) => key.startsWith(family));
}

/** The guide's messages of a catalogue, without the translators' descriptions. */
export function guideCatalogue(full: Catalogue): Catalogue {
  const out: Catalogue = {};
  for (const [key, { message, placeholders }] of Object.entries(full))
    if (isGuideMessage(key))
      out[key] = placeholders
        ? {
            message,
            placeholders: Object.fromEntries(
              Object.entries(placeholders).map(([name, { content }]) => [name, { content }]),
            ),
          }
        : { message };
  return out;
}

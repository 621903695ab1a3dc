/**
 * One problem in an untrusted file (a pack, a report), located by a JSON path
 * that always starts with `$`, so the person fixing it knows where to look.
 *
 * Said twice alike: `message` in English, for tools, logs and tests, and
 * `key` with `args`, the same words as a catalogue message, which the options
 * page shows in the shopper's language (issue #11). A tool's own errors have
 * only the English.
 */
import type { LocalArg, LocalText } from '../i18n/local-text';
import type { MessageKey } from '../i18n/t';

export interface DataError extends Partial<LocalText> {
  path: string;
  message: string;
}

/** tests/unit/i18n/data-error-text.test.ts holds `message` equal to the English catalogue's `key`. */
export function dataError(
  path: string,
  message: string,
  key: MessageKey,
  ...args: LocalArg[]
): DataError {
  return args.length > 0 ? { path, message, key, args } : { path, message, key };
}

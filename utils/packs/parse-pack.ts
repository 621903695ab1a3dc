/**
 * The only way a pack gets in: from a file the shopper picked, from storage,
 * from a message. All or nothing: a pack with any problem is rejected whole,
 * with every problem located by JSON path, so nothing is half-applied and the
 * caller keeps the pack that was active.
 */
import type { DataError } from '../data-file/data-error';
import type { MessageKey } from '../i18n/t';
import { checkFormatHeader } from '../data-file/format-header';
import { capErrors, humanMessage, issuesToErrors } from '../data-file/issue-paths';
import { PACK_FORMAT, PACK_FORMAT_VERSION, packSchema, type Pack } from './pack-schema';
import { readJsonData } from '../data-file/read-json-data';
import { checkPackTexts } from './check-pack-texts';

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: DataError[] };

/** A full pack (five steps, two languages, tips) is well under 16 KB; 64 KB leaves room. */
export const PACK_LIMITS = {
  noun: 'a guidance pack',
  nounKey: 'dataNounPack',
  maxBytes: 64 * 1024,
  maxNodes: 5000,
  // $.steps[step][locale].tips[i] is five levels; anything much deeper is not a pack.
  maxDepth: 8,
} as const;

/**
 * The messages pack-schema.ts sets itself, with the catalogue's words for
 * each, so they follow the shopper's language on the options page too.
 */
export const PACK_SCHEMA_MESSAGE_KEYS: ReadonlyMap<string, MessageKey> = new Map([
  ['must not be blank', 'dataErrorBlank'],
  ['must be plain text: no < or > and no control characters', 'dataErrorPlainText'],
  ['must be a language tag like "en", "es" or "pt-BR"', 'dataErrorPackLocale'],
  ['must be an https link to AliExpress or AliPay', 'dataErrorLink'],
  [
    'must be 2 to 64 lowercase letters, digits or hyphens, starting with a letter or digit',
    'dataErrorPackId',
  ],
  ['must be a version like 1.0.0', 'dataErrorPackVersion'],
]);

/** Accepts JSON text or an already-parsed value; the result never shares objects with the input. */
export function parsePack(input: unknown): ParsePackResult {
  const read = readJsonData(input, PACK_LIMITS);
  if (!read.ok) return read;
  const header = checkFormatHeader(read.value, {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    noun: PACK_LIMITS.noun,
    nounKey: PACK_LIMITS.nounKey,
  });
  if (header.length > 0) return { ok: false, errors: header };
  const parsed = packSchema.safeParse(read.value, { error: humanMessage });
  // What the texts say (issues #10 and #12) is checked even when the shape is wrong: every problem at once.
  const said = checkPackTexts(read.value);
  if (!parsed.success) {
    const shape = issuesToErrors(parsed.error.issues, PACK_SCHEMA_MESSAGE_KEYS);
    return { ok: false, errors: capErrors([...shape, ...said]) };
  }
  if (said.length > 0) return { ok: false, errors: capErrors(said) };
  return { ok: true, pack: parsed.data };
}

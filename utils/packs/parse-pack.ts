/**
 * The only way a pack gets in: from a file the shopper picked, from storage,
 * from a message. All or nothing: a pack with any problem is rejected whole,
 * with every problem located by JSON path, so nothing is half-applied and the
 * caller keeps the pack that was active.
 */
import type { DataError } from '../data-file/data-error';
import { checkFormatHeader } from '../data-file/format-header';
import { capErrors, humanMessage, issuesToErrors } from '../data-file/issue-paths';
import { PACK_FORMAT, PACK_FORMAT_VERSION, packSchema, type Pack } from './pack-schema';
import { readJsonData } from '../data-file/read-json-data';
import { checkPackTexts } from './check-pack-texts';

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: DataError[] };

/** A full pack (five steps, two languages, tips) is well under 16 KB; 64 KB leaves room. */
export const PACK_LIMITS = {
  noun: 'a guidance pack',
  maxBytes: 64 * 1024,
  maxNodes: 5000,
  // $.steps[step][locale].tips[i] is five levels; anything much deeper is not a pack.
  maxDepth: 8,
} as const;

/** Accepts JSON text or an already-parsed value; the result never shares objects with the input. */
export function parsePack(input: unknown): ParsePackResult {
  const read = readJsonData(input, PACK_LIMITS);
  if (!read.ok) return read;
  const header = checkFormatHeader(read.value, {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    noun: PACK_LIMITS.noun,
  });
  if (header.length > 0) return { ok: false, errors: header };
  const parsed = packSchema.safeParse(read.value, { error: humanMessage });
  // What the texts say (issues #10 and #12) is checked even when the shape is wrong: every problem at once.
  const said = checkPackTexts(read.value);
  if (!parsed.success) {
    return { ok: false, errors: capErrors([...issuesToErrors(parsed.error.issues), ...said]) };
  }
  if (said.length > 0) return { ok: false, errors: capErrors(said) };
  return { ok: true, pack: parsed.data };
}

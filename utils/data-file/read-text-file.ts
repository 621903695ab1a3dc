/** A file the person picked or dropped, and the size check done before reading it. */
import type { DataError } from './data-error';
import type { JsonLimits } from './read-json-data';
import { tooLargeError } from './too-large';

/** A `File`, or anything with its size and text (tests). */
export interface TextFile {
  size: number;
  text(): Promise<string>;
}

/**
 * The file's text, or the same "too large" error the parser gives, without
 * reading a huge file into memory first.
 */
export async function readTextFile(
  file: TextFile,
  limits: Pick<JsonLimits, 'noun' | 'nounKey' | 'maxBytes'>,
): Promise<{ ok: true; text: string } | { ok: false; errors: DataError[] }> {
  if (file.size <= limits.maxBytes) return { ok: true, text: await file.text() };
  return { ok: false, errors: [tooLargeError(limits, file.size)] };
}

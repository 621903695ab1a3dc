/** A file the person picked or dropped, and the size check done before reading it. */
import type { DataError } from '../packs/data-error';
import type { JsonLimits } from '../packs/read-json-data';

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
  limits: Pick<JsonLimits, 'noun' | 'maxBytes'>,
): Promise<{ ok: true; text: string } | { ok: false; errors: DataError[] }> {
  if (file.size <= limits.maxBytes) return { ok: true, text: await file.text() };
  const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
  const message = `too large (${kb(file.size)}): ${limits.noun} may be at most ${kb(limits.maxBytes)}`;
  return { ok: false, errors: [{ path: '$', message }] };
}

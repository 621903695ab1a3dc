/**
 * The one "too large" error, whether a file is refused by its size before it
 * is read or by the JSON gate after, so the person sees the same sentence.
 */
import type { DataError } from './data-error';

const kb = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;

export function tooLargeError(
  limits: { noun: string; maxBytes: number },
  bytes: number,
): DataError {
  const message = `too large (${kb(bytes)}): ${limits.noun} may be at most ${kb(limits.maxBytes)}`;
  return { path: '$', message };
}

/**
 * The one "too large" error, whether a file is refused by its size before it
 * is read or by the JSON gate after, so the person sees the same sentence.
 */
import type { MessageKey } from '../i18n/t';
import { dataError, type DataError } from './data-error';

const kb = (bytes: number): string => `${Math.ceil(bytes / 1024)} KB`;

export function tooLargeError(
  limits: { noun: string; nounKey: MessageKey; maxBytes: number },
  bytes: number,
): DataError {
  const [size, max] = [kb(bytes), kb(limits.maxBytes)];
  const message = `too large (${size}): ${limits.noun} may be at most ${max}`;
  return dataError('$', message, 'dataErrorFileTooLarge', size, { key: limits.nounKey }, max);
}

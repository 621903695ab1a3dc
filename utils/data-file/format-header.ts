/**
 * Checks a file's `format` and `formatVersion` before its schema, so a file of
 * another kind or from a newer release gets one clear sentence instead of a
 * list of unknown keys.
 */
import type { MessageKey } from '../i18n/t';
import { dataError, type DataError } from './data-error';

export interface FormatHeader {
  format: string;
  formatVersion: number;
  /** What the file is called in messages ("a guidance pack"), and the catalogue's words for it. */
  noun: string;
  nounKey: MessageKey;
}

export function checkFormatHeader(value: unknown, header: FormatHeader): DataError[] {
  const noun = { key: header.nounKey };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = `must be an object: ${header.noun} is a JSON object`;
    return [dataError('$', message, 'dataErrorNotObject', noun)];
  }
  const format: unknown = Object.hasOwn(value, 'format')
    ? (value as { format: unknown }).format
    : undefined;
  if (format !== header.format) {
    const message = `must be "${header.format}": this is not ${header.noun}`;
    return [dataError('$.format', message, 'dataErrorWrongFormat', header.format, noun)];
  }
  const version: unknown = Object.hasOwn(value, 'formatVersion')
    ? (value as { formatVersion: unknown }).formatVersion
    : undefined;
  if (version !== header.formatVersion) {
    const reads = String(header.formatVersion);
    const message = `unsupported version: this guide reads formatVersion ${reads}`;
    // Newer: a later release reads it, so say how to get there.
    return typeof version === 'number' && version > header.formatVersion
      ? [
          dataError(
            '$.formatVersion',
            `${message}; update the extension to read newer files`,
            'dataErrorVersionNewer',
            reads,
          ),
        ]
      : [dataError('$.formatVersion', message, 'dataErrorVersion', reads)];
  }
  return [];
}

/**
 * Checks a file's `format` and `formatVersion` before its schema, so a file of
 * another kind or from a newer release gets one clear sentence instead of a
 * list of unknown keys.
 */
import type { DataError } from './data-error';

export interface FormatHeader {
  format: string;
  formatVersion: number;
  /** What the file is called in messages ("a guidance pack"). */
  noun: string;
}

export function checkFormatHeader(value: unknown, header: FormatHeader): DataError[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: '$', message: `must be an object: ${header.noun} is a JSON object` }];
  }
  const format: unknown = Object.hasOwn(value, 'format')
    ? (value as { format: unknown }).format
    : undefined;
  if (format !== header.format) {
    return [
      { path: '$.format', message: `must be "${header.format}": this is not ${header.noun}` },
    ];
  }
  const version: unknown = Object.hasOwn(value, 'formatVersion')
    ? (value as { formatVersion: unknown }).formatVersion
    : undefined;
  if (version !== header.formatVersion) {
    const newer = typeof version === 'number' && version > header.formatVersion;
    const message = `unsupported version: this guide reads formatVersion ${header.formatVersion}${
      newer ? '; update the extension to read newer files' : ''
    }`;
    return [{ path: '$.formatVersion', message }];
  }
  return [];
}

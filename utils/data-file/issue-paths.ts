/**
 * Zod issues turned into what a pack author or support person can act on:
 * a JSON path and a short human message. Used as the per-parse error map (so
 * messages a schema sets itself still win) and to flatten the issues after.
 * Messages never quote the rejected value: a bad report may hold personal data.
 */
import type { core } from 'zod/mini';
import type { LocalArg } from '../i18n/local-text';
import type { MessageKey } from '../i18n/t';
import { dataError, type DataError } from './data-error';
import { jsonPath } from './json-path';

/** Enough to fix a file; more would only bury the first problem. */
export const MAX_ERRORS = 50;

/** A problem in English and as the catalogue message that says the same. */
interface Worded {
  message: string;
  key: MessageKey;
  args?: LocalArg[];
}

const TYPES: Record<string, [words: string, key: MessageKey]> = {
  string: ['text', 'dataErrorText'],
  number: ['a number', 'dataErrorNumber'],
  boolean: ['true or false', 'dataErrorBoolean'],
  object: ['an object', 'dataErrorObject'],
  record: ['an object', 'dataErrorObject'],
  array: ['a list', 'dataErrorList'],
  null: ['null', 'dataErrorNull'],
};

/** What the error map says of a missing value; final issues no longer carry the input to tell. */
const REQUIRED = 'is required';

function worded(issue: core.$ZodRawIssue | core.$ZodIssue, missing: boolean): Worded {
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return { message: REQUIRED, key: 'dataErrorRequired' };
      const type = TYPES[issue.expected];
      if (type) return { message: `must be ${type[0]}`, key: type[1] };
      return { message: `must be ${issue.expected}`, key: 'dataErrorType', args: [issue.expected] };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string')
        return {
          message: `too long (max ${max} characters)`,
          key: 'dataErrorTooLong',
          args: [max],
        };
      if (issue.origin === 'array')
        return { message: `too many items (max ${max})`, key: 'dataErrorTooMany', args: [max] };
      return { message: `too large (max ${max})`, key: 'dataErrorTooBig', args: [max] };
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? { message: 'must not be empty', key: 'dataErrorEmpty' }
          : { message: `too short (min ${min} characters)`, key: 'dataErrorTooShort', args: [min] };
      }
      if (issue.origin === 'array')
        return { message: `too few items (min ${min})`, key: 'dataErrorTooFew', args: [min] };
      return { message: `too small (min ${min})`, key: 'dataErrorTooSmall', args: [min] };
    }
    case 'invalid_format':
      return issue.format === 'datetime'
        ? {
            message: 'must be a date and time like 2026-11-25T10:02:00.000Z',
            key: 'dataErrorDateTime',
          }
        : { message: 'has the wrong format', key: 'dataErrorFormat' };
    case 'invalid_value': {
      if (issue.values.length === 1) {
        const value = JSON.stringify(issue.values[0]);
        return { message: `must be ${value}`, key: 'dataErrorValue', args: [value] };
      }
      const values = issue.values.map((v) => String(v)).join(', ');
      return { message: `must be one of: ${values}`, key: 'dataErrorOneOf', args: [values] };
    }
    case 'invalid_union':
      return { message: 'does not match any allowed form', key: 'dataErrorUnion' };
    case 'invalid_key':
      return { message: 'is not an allowed key', key: 'dataErrorBadKey' };
    case 'unrecognized_keys':
      return { message: 'unknown key', key: 'dataErrorUnknownKey' };
    default:
      return { message: 'is not valid', key: 'dataErrorInvalid' };
  }
}

/** The error map passed to `safeParse(value, { error: humanMessage })`. */
export function humanMessage(issue: core.$ZodRawIssue): string {
  return worded(issue, issue.code === 'invalid_type' && issue.input === undefined).message;
}

/**
 * A finished issue's message with its catalogue key: one the schema set
 * itself, looked up in `schemaKeys`, or one of the error map's above. A
 * message neither knows keeps only its English.
 */
function localised(
  issue: core.$ZodIssue,
  schemaKeys: ReadonlyMap<string, MessageKey>,
): Omit<DataError, 'path'> {
  const own = schemaKeys.get(issue.message);
  if (own) return { message: issue.message, key: own };
  const said = worded(issue, issue.code === 'invalid_type' && issue.message === REQUIRED);
  return said.message === issue.message ? said : { message: issue.message };
}

/**
 * One error per problem: an unknown-keys issue becomes one error per key, at
 * that key. `schemaKeys` gives the catalogue key of each message the schema
 * sets itself (`z.regex(…, { error })`), so those follow the language too.
 */
export function issuesToErrors(
  issues: readonly core.$ZodIssue[],
  schemaKeys: ReadonlyMap<string, MessageKey> = new Map(),
): DataError[] {
  const errors: DataError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push(
          dataError(jsonPath([...issue.path, key]), 'unknown key', 'dataErrorUnknownKey'),
        );
    } else if (issue.code === 'invalid_key') {
      // The path already ends with the key; say what is wrong with it.
      const inner = issue.issues[0];
      const why = inner && localised(inner, schemaKeys);
      const path = jsonPath(issue.path);
      if (!why) errors.push({ path, ...localised(issue, schemaKeys) });
      else if (why.key) {
        const text = why.args ? { key: why.key, args: why.args } : { key: why.key };
        errors.push(dataError(path, `key ${why.message}`, 'dataErrorKeyIs', text));
      } else errors.push({ path, message: `key ${why.message}` });
    } else {
      errors.push({ path: jsonPath(issue.path), ...localised(issue, schemaKeys) });
    }
  }
  return capErrors(dedupe(errors));
}

/** Two checks can fail for the same reason (a link's pattern and its URL check): say it once. */
function dedupe(errors: DataError[]): DataError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function capErrors(errors: DataError[]): DataError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = String(errors.length - MAX_ERRORS);
  return [
    ...errors.slice(0, MAX_ERRORS),
    dataError('$', `and ${more} more problems`, 'dataErrorMore', more),
  ];
}

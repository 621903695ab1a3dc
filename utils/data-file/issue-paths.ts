/**
 * Zod issues turned into what a pack author or support person can act on:
 * a JSON path and a short human message. Used as the per-parse error map (so
 * messages a schema sets itself still win) and to flatten the issues after.
 * Messages never quote the rejected value: a bad report may hold personal data.
 */
import type { core } from 'zod/mini';
import type { DataError } from './data-error';
import { jsonPath } from './json-path';

/** Enough to fix a file; more would only bury the first problem. */
export const MAX_ERRORS = 50;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
  null: 'null',
};

/** The error map passed to `safeParse(value, { error: humanMessage })`. */
export function humanMessage(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `too long (max ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `too many items (max ${issue.maximum})`;
      return `too large (max ${issue.maximum})`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? 'must not be empty'
          : `too short (min ${issue.minimum} characters)`;
      }
      if (issue.origin === 'array') return `too few items (min ${issue.minimum})`;
      return `too small (min ${issue.minimum})`;
    case 'invalid_format':
      if (issue.format === 'datetime')
        return 'must be a date and time like 2026-11-25T10:02:00.000Z';
      return 'has the wrong format';
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'invalid_key':
      return 'is not an allowed key';
    case 'unrecognized_keys':
      return 'unknown key';
    default:
      return 'is not valid';
  }
}

/** One error per problem: an unknown-keys issue becomes one error per key, at that key. */
export function issuesToErrors(issues: readonly core.$ZodIssue[]): DataError[] {
  const errors: DataError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({ path: jsonPath([...issue.path, key]), message: 'unknown key' });
    } else if (issue.code === 'invalid_key') {
      // The path already ends with the key; say what is wrong with it.
      const why = issue.issues[0]?.message;
      errors.push({ path: jsonPath(issue.path), message: why ? `key ${why}` : issue.message });
    } else {
      errors.push({ path: jsonPath(issue.path), message: issue.message });
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
  const more = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), { path: '$', message: `and ${more} more problems` }];
}

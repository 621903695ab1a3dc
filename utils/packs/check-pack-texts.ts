/**
 * The content rules of issues #12 and #10 over every text of a pack, each
 * problem at its JSON path. Runs on the value the JSON gate let through, so it
 * reads only strings where the schema puts them and ignores anything else
 * (the schema reports that).
 */
import { dataError, type DataError } from '../data-file/data-error';
import { jsonPath } from '../data-file/json-path';
import type { MessageKey } from '../i18n/t';
import {
  isMeaningfulWording,
  MIN_WORDING_LENGTH,
  packTextProblem,
  type TextProblem,
} from './pack-text-rules';
import { DECIDING_LABELS } from './rule-labels';

/** In English, each beside its catalogue key (MESSAGE_KEYS), as every pack error is. */
export const PACK_TEXT_MESSAGES: Record<TextProblem | 'short-wording', string> = {
  email:
    'must not contain an email address or @handle: a pack cannot give shoppers contact details',
  phone: 'must not contain a phone number: a pack cannot give shoppers contact details',
  link: 'must not contain a web address outside AliExpress and AliPay: a pack\'s links go in "links"',
  secret:
    'must not ask for a PIN, password, code or card number: only AliExpress and AliPay ask for those, on their own pages',
  'short-wording': `too short for a wording the guide decides by: at least ${MIN_WORDING_LENGTH} letters or digits, one of them a letter`,
};

const MESSAGE_KEYS: Record<TextProblem | 'short-wording', MessageKey> = {
  email: 'packErrorEmail',
  phone: 'packErrorPhone',
  link: 'packErrorLink',
  secret: 'packErrorSecret',
  'short-wording': 'packErrorShortWording',
};

/** English message → catalogue key (tests/unit/packs hold the English catalogue to these words). */
export const PACK_TEXT_MESSAGE_KEYS: ReadonlyMap<string, MessageKey> = new Map(
  Object.entries(PACK_TEXT_MESSAGES).map(([problem, message]) => [
    message,
    MESSAGE_KEYS[problem as TextProblem | 'short-wording'],
  ]),
);

type Path = (string | number)[];

const textError = (path: Path, problem: TextProblem | 'short-wording'): DataError =>
  dataError(jsonPath(path), PACK_TEXT_MESSAGES[problem], MESSAGE_KEYS[problem]);

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const entries = (x: unknown): [string, unknown][] => (isObject(x) ? Object.entries(x) : []);

export function checkPackTexts(value: unknown): DataError[] {
  const errors: DataError[] = [];
  const check = (text: unknown, path: Path) => {
    if (typeof text !== 'string') return;
    const problem = packTextProblem(text);
    if (problem) errors.push(textError(path, problem));
  };
  if (!isObject(value)) return errors;
  check(value.name, ['name']);
  check(value.author, ['author']);
  for (const [step, byLocale] of entries(value.steps)) {
    for (const [locale, text] of entries(byLocale)) {
      if (!isObject(text)) continue;
      check(text.title, ['steps', step, locale, 'title']);
      check(text.todo, ['steps', step, locale, 'todo']);
      if (Array.isArray(text.tips)) {
        text.tips.forEach((tip, i) => check(tip, ['steps', step, locale, 'tips', i]));
      }
    }
  }
  for (const [label, byLocale] of entries(value.labels)) {
    for (const [locale, wording] of entries(byLocale)) {
      const path = ['labels', label, locale];
      check(wording, path);
      if (
        typeof wording === 'string' &&
        DECIDING_LABELS.has(label) &&
        !isMeaningfulWording(wording)
      ) {
        errors.push(textError(path, 'short-wording'));
      }
    }
  }
  return errors;
}

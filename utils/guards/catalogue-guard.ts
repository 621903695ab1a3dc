/** A zod-free check that a value reads as a `messages.json` catalogue: every entry has a message. */
import type { Catalogue } from '../i18n/catalogue';
import { isRecord } from './is-record';

export function isCatalogue(x: unknown): x is Catalogue {
  return isRecord(x) && Object.values(x).every((e) => isRecord(e) && typeof e.message === 'string');
}

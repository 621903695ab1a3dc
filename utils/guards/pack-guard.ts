/**
 * A zod-free check that a stored pack still has the shape the content script
 * and background rely on (strings where strings go, known steps, no hostile
 * keys). Packs are fully validated with zod by the options page before they
 * are stored (utils/packs/parse-pack.ts); this re-check on the way out of IndexedDB keeps
 * zod out of the budgeted bundles. A test holds it to accept every pack
 * parsePack accepts.
 */
import { isStepId } from '../flow/steps';
import { isPackId } from '../packs/pack-id';
import type { Pack } from '../packs/pack-schema';
import { isRecord } from './is-record';
import { recordOf } from './record-of';

const isText = (v: unknown) => typeof v === 'string' && v.length <= 400;

function isStepText(v: unknown): boolean {
  return recordOf(v, (k, val) =>
    k === 'tips'
      ? Array.isArray(val) && val.length <= 5 && val.every(isText)
      : (k === 'title' || k === 'todo') && isText(val),
  );
}

export function isPackData(x: unknown): x is Pack {
  if (!isRecord(x) || !recordOf(x, () => true)) return false;
  const { format, formatVersion, id, name, version, author, steps, labels, links } = x;
  return (
    format === 'alipay-card-guide-pack' &&
    formatVersion === 1 &&
    isPackId(id) &&
    [name, version, author].every((s) => typeof s === 'string' && s.length <= 80) &&
    (steps === undefined ||
      recordOf(
        steps,
        (step, byLocale) => isStepId(step) && recordOf(byLocale, (_l, t) => isStepText(t)),
      )) &&
    (labels === undefined ||
      recordOf(labels, (_id, byLocale) => recordOf(byLocale, (_l, w) => isText(w)))) &&
    (links === undefined ||
      recordOf(
        links,
        (step, url) => isStepId(step) && typeof url === 'string' && url.startsWith('https://'),
      ))
  );
}

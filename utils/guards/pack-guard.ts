/**
 * A zod-free check that a stored pack still has the shape the content script
 * and background rely on (strings where strings go, known steps, no hostile
 * keys). Packs are fully validated with zod by the options page before they
 * are stored (utils/packs/parse-pack.ts); this re-check on the way out of IndexedDB keeps
 * zod out of the budgeted bundles. A test holds it to accept every pack
 * parsePack accepts. What the background then sends a content script is
 * checked there only for what the guide reads (`isSentPack`).
 */
import { isStepId } from '../flow/steps';
import { isPackId } from '../packs/pack-id';
import type { Pack } from '../packs/pack-schema';
import { HOSTILE_KEYS } from './hostile-keys';
import { isRecord } from './is-record';

const safeKeys = (x: Record<string, unknown>) =>
  Object.keys(x).every((k) => !HOSTILE_KEYS.has(k) && k.length <= 64);

function recordOf(x: unknown, ok: (key: string, value: unknown) => boolean): boolean {
  return isRecord(x) && safeKeys(x) && Object.entries(x).every(([k, v]) => ok(k, v));
}

const isText = (v: unknown) => typeof v === 'string' && v.length <= 400;

function isStepText(v: unknown): boolean {
  return recordOf(v, (k, val) =>
    k === 'tips'
      ? Array.isArray(val) && val.length <= 5 && val.every(isText)
      : (k === 'title' || k === 'todo') && isText(val),
  );
}

export function isPackData(x: unknown): x is Pack {
  if (!isRecord(x) || !safeKeys(x)) return false;
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

/**
 * A pack as the background sends it to a content script: checked only for
 * what the guide reads (its id, version, name and step texts). The background
 * sends only a pack that passed isPackData on its way out of IndexedDB, so
 * checking all of it again on every reply and push, on every page, would buy
 * nothing but heap and time.
 */
export function isSentPack(x: unknown): x is Pack {
  return (
    isRecord(x) &&
    [x.id, x.version, x.name].every((s) => typeof s === 'string') &&
    (x.steps === undefined || isRecord(x.steps))
  );
}

/**
 * A pack as canonical JSON: fixed key order (header fields, then steps in
 * journey order, labels in built-in order, locales sorted), two-space indent
 * and a final newline. The same pack always exports to the same bytes, so an
 * exported file can be compared, diffed and re-imported without churn.
 */
import { DEFAULT_LABELS } from '../detect/default-labels';
import { STEP_IDS } from '../flow/steps';
import { packHeader } from './pack-header';
import type { Pack, PackStepText } from './pack-schema';

const LABEL_ORDER = Object.keys(DEFAULT_LABELS);

export function exportPack(pack: Pack): string {
  return `${JSON.stringify(canonicalPack(pack), null, 2)}\n`;
}

/** The pack with its keys in canonical order (a new object; `pack` is not changed). */
export function canonicalPack(pack: Pack): Pack {
  const out: Pack = packHeader(pack);
  if (pack.steps) {
    out.steps = ordered(pack.steps, STEP_IDS, (byLocale) => sortedLocales(byLocale, stepText));
  }
  if (pack.labels) {
    out.labels = ordered(pack.labels, LABEL_ORDER, (byLocale) => sortedLocales(byLocale, (w) => w));
  }
  if (pack.links) out.links = ordered(pack.links, STEP_IDS, (link) => link);
  return out;
}

function stepText(text: PackStepText): PackStepText {
  const out: PackStepText = {};
  if (text.title !== undefined) out.title = text.title;
  if (text.todo !== undefined) out.todo = text.todo;
  if (text.tips !== undefined) out.tips = [...text.tips];
  return out;
}

/** Keys in `order` first, in that order; any others (none in a valid pack) after, sorted. */
function ordered<K extends string, V, W>(
  record: Partial<Record<K, V>>,
  order: readonly string[],
  map: (value: V) => W,
): Partial<Record<K, W>> {
  const keys = Object.keys(record) as K[];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const entries: [K, W][] = [];
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined) entries.push([key, map(value)]);
  }
  return Object.fromEntries(entries) as Partial<Record<K, W>>;
}

function sortedLocales<V, W>(byLocale: Record<string, V>, map: (value: V) => W): Record<string, W> {
  // Every key of a record maps to a value, so nothing is partial here.
  return ordered(byLocale, [], map) as Record<string, W>;
}

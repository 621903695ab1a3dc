/**
 * A zod-free check that a value has the shape of Progress, for the content
 * script (its size budget has no room for zod). A unit test holds it to the
 * same verdicts as `progressSchema` on valid and broken samples.
 */
import type { Progress, StepDone } from './progress-schema';
import { isStepId } from './steps';
import { isPackData } from '../packs/pack-guard';
import type { Pack } from '../packs/pack-schema';
import type { Catalog } from '../i18n/t';
import { LANGUAGE_SETTINGS, type GuideSettings } from '../settings/settings';

const HOWS = ['seen', 'implied', 'manual'];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A done step: exactly `how` and `at`, as the strict zod schema has it. */
export function isStepDone(x: unknown): x is StepDone {
  return (
    isObject(x) &&
    typeof x.at === 'number' &&
    HOWS.includes(x.how as string) &&
    Object.keys(x).length === 2
  );
}

export function isProgress(x: unknown): x is Progress {
  if (
    !isObject(x) ||
    typeof x.updatedAt !== 'number' ||
    !isObject(x.steps) ||
    !isObject(x.pageUrls)
  ) {
    return false;
  }
  const last = x.lastPage;
  if (
    last !== null &&
    !(
      isObject(last) &&
      typeof last.site === 'string' &&
      typeof last.pageId === 'string' &&
      typeof last.at === 'number'
    )
  ) {
    return false;
  }
  if (!Object.values(x.pageUrls).every((u) => typeof u === 'string')) return false;
  return Object.entries(x.steps).every(([step, done]) => isStepId(step) && isStepDone(done));
}

export function isSettings(x: unknown): x is GuideSettings {
  return (
    isObject(x) &&
    typeof x.guideEnabled === 'boolean' &&
    (LANGUAGE_SETTINGS as readonly unknown[]).includes(x.language)
  );
}

/** Parser for replies that carry `{ progress, settings, pack }`, throwing like a zod parse would. */
export function parseProgressReply(data: unknown): {
  progress: Progress;
  settings: GuideSettings;
  pack: Pack | null;
} {
  if (
    !isObject(data) ||
    !isProgress(data.progress) ||
    !isSettings(data.settings) ||
    !(data.pack === null || isPackData(data.pack))
  ) {
    throw new TypeError('Not a progress reply');
  }
  return { progress: data.progress, settings: data.settings, pack: data.pack };
}

/** Parser for a catalogue reply: every entry a message string. */
export function parseCatalogReply(data: unknown): { catalog: Catalog } {
  const catalog = isObject(data) ? data.catalog : undefined;
  if (
    !isObject(catalog) ||
    !Object.values(catalog).every((e) => isObject(e) && typeof e.message === 'string')
  ) {
    throw new TypeError('Not a catalogue reply');
  }
  return { catalog: catalog as Catalog };
}

/** Parser for replies that carry `{ settings }`. */
export function parseSettingsReply(data: unknown): { settings: GuideSettings } {
  if (!isObject(data) || !isSettings(data.settings)) throw new TypeError('Not a settings reply');
  return { settings: data.settings };
}

/** A zod-free check of the guide's settings; a unit test holds it to `settingsSchema`. */
import { LANGUAGE_SETTINGS, type GuideSettings } from '../settings/settings';
import { isRecord } from './is-record';

export function isSettings(x: unknown): x is GuideSettings {
  return (
    isRecord(x) &&
    typeof x.guideEnabled === 'boolean' &&
    (LANGUAGE_SETTINGS as readonly unknown[]).includes(x.language)
  );
}

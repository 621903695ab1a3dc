/** Parser for the settings record (IndexedDB, messages). */
import { z } from 'zod/mini';
import { LANGUAGE_SETTINGS, type GuideSettings } from './settings';

export const settingsSchema = z.strictObject({
  guideEnabled: z.boolean(),
  language: z.enum(LANGUAGE_SETTINGS),
});

// The hand-written interface and the schema must describe the same thing.
export type ParsedSettings = z.infer<typeof settingsSchema>;
const _sameShape: [GuideSettings, ParsedSettings] extends [ParsedSettings, GuideSettings]
  ? true
  : never = true;
void _sameShape;

import { describe, expect, it } from 'vitest';
import { isSettings } from '@/utils/guards/settings-guard';
import { settingsSchema } from '@/utils/settings/settings-schema';

describe('zod-free settings guard', () => {
  it.each<[string, unknown]>([
    ['defaults', { guideEnabled: true, language: 'auto' }],
    ['Spanish, off', { guideEnabled: false, language: 'es' }],
    ['unknown language', { guideEnabled: true, language: 'fr' }],
    ['text flag', { guideEnabled: 'yes', language: 'en' }],
  ])('agrees with zod on %s', (_name, sample) => {
    expect(isSettings(sample)).toBe(settingsSchema.safeParse(sample).success);
  });
});

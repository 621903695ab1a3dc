import { describe, expect, it } from 'vitest';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import { isDiagnostic } from '@/utils/diagnostics/diagnostic-guard';
import { diagnosticSchema } from '@/utils/diagnostics/diagnostic-schema';
import { isProgress, isSettings } from '@/utils/flow/progress-guard';
import { settingsSchema } from '@/utils/settings/settings-schema';
import { progressSchema } from '@/utils/flow/progress-schema';

const full = reduceProgress(emptyProgress(), {
  type: 'page-seen',
  at: 5,
  site: 'alipay',
  pageId: 'ap-profile',
  url: 'https://www.alipay.com/p',
  evidence: ['set-pin'],
});

const SAMPLES: [string, unknown][] = [
  ['empty progress', emptyProgress()],
  ['progress with steps and a last page', full],
  ['null', null],
  ['an array', []],
  ['missing steps', { ...full, steps: undefined }],
  ['unknown step', { ...full, steps: { pay: { how: 'seen', at: 1 } } }],
  ['bad how', { ...full, steps: { sync: { how: 'guessed', at: 1 } } }],
  ['time as text', { ...full, steps: { sync: { how: 'seen', at: '1' } } }],
  ['last page as text', { ...full, lastPage: 'ap-profile' }],
  ['page url as number', { ...full, pageUrls: { x: 1 } }],
  ['no updatedAt', { ...full, updatedAt: undefined }],
];

describe('zod-free progress guard', () => {
  it.each(SAMPLES)('agrees with the zod schema on %s', (_name, sample) => {
    expect(isProgress(sample)).toBe(progressSchema.safeParse(sample).success);
  });
});

describe('zod-free settings and diagnostic guards', () => {
  it.each<[string, unknown]>([
    ['defaults', { guideEnabled: true, language: 'auto' }],
    ['Spanish, off', { guideEnabled: false, language: 'es' }],
    ['unknown language', { guideEnabled: true, language: 'fr' }],
    ['text flag', { guideEnabled: 'yes', language: 'en' }],
  ])('settings guard agrees with zod on %s', (_name, sample) => {
    expect(isSettings(sample)).toBe(settingsSchema.safeParse(sample).success);
  });

  const note = {
    at: 1,
    site: 'alipay',
    pageId: 'ap-connect',
    step: 'sync',
    expected: 'connect',
    found: ['connectHeading'],
    missing: ['connect'],
  };
  it.each<[string, unknown]>([
    ['a note', note],
    ['no page', { ...note, pageId: null, step: null, expected: null }],
    ['page text smuggled into found', { ...note, found: ['Hello Juan Carlos'] }],
    ['unknown site', { ...note, site: 'mail' }],
    ['extra field', { ...note, url: 'http://x' }],
    ['time as text', { ...note, at: 'now' }],
  ])('diagnostic guard agrees with zod on %s', (_name, sample) => {
    expect(isDiagnostic(sample)).toBe(diagnosticSchema.safeParse(sample).success);
  });
});

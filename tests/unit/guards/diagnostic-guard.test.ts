import { describe, expect, it } from 'vitest';
import { diagnosticSchema } from '@/utils/diagnostics/diagnostic-schema';
import { isDiagnostic } from '@/utils/guards/diagnostic-guard';

const note = {
  at: 1,
  site: 'alipay',
  pageId: 'ap-connect',
  step: 'sync',
  expected: 'connect',
  found: ['connectHeading'],
  missing: ['connect'],
};

describe('zod-free diagnostic guard', () => {
  it.each<[string, unknown]>([
    ['a note', note],
    ['no page', { ...note, pageId: null, step: null, expected: null }],
    ['page text smuggled into found', { ...note, found: ['Hello Juan Carlos'] }],
    ['unknown site', { ...note, site: 'mail' }],
    ['extra field', { ...note, url: 'http://x' }],
    ['time as text', { ...note, at: 'now' }],
  ])('agrees with zod on %s', (_name, sample) => {
    expect(isDiagnostic(sample)).toBe(diagnosticSchema.safeParse(sample).success);
  });
});

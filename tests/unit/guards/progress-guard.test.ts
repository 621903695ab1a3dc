import { describe, expect, it } from 'vitest';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import { isProgress } from '@/utils/guards/progress-guard';
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

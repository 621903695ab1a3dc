import { describe, expect, it } from 'vitest';
import { browserFromUserAgent } from '@/utils/report/browser-info';

describe('browserFromUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36',
      { name: 'chrome', version: '131.0.6778.85' },
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      { name: 'firefox', version: '128.0' },
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      { name: 'other' },
    ],
    ['curl/8.0', { name: 'other' }],
  ])('%s', (ua, expected) => {
    expect(browserFromUserAgent(ua)).toEqual(expected);
  });
});

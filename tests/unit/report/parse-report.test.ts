import { describe, expect, it } from 'vitest';
import { buildReport } from '@/utils/report/build-report';
import { parseReport } from '@/utils/report/parse-report';
import { reportStepViews } from '@/utils/report/report-views';
import { stepViews } from '@/utils/flow/progress';
import { fixtureInput } from './report-fixture';

const input = fixtureInput();
const report = buildReport(input);

function errorsFor(value: unknown) {
  const result = parseReport(JSON.stringify(value));
  if (result.ok) throw new Error('expected a rejection');
  return result.errors;
}

describe('parseReport', () => {
  it('round-trips a built report', () => {
    expect(parseReport(JSON.stringify(report))).toEqual({ ok: true, report });
    expect(parseReport(JSON.stringify(report, null, 2))).toEqual({ ok: true, report });
  });

  it('gives back the shopper’s checklist as step views', () => {
    expect(reportStepViews(report)).toEqual(stepViews(input.progress));
  });

  it.each<[string, unknown, string, RegExp]>([
    [
      'an extra email key',
      { ...report, email: 'juan.carlos@example.com' },
      '$.email',
      /unknown key/,
    ],
    [
      'a url on the last page',
      { ...report, lastPage: { ...report.lastPage, url: 'https://x' } },
      '$.lastPage.url',
      /unknown key/,
    ],
    [
      'a page id that is not one',
      {
        ...report,
        errors: [{ errorId: 'pin-digits', pageId: 'juan-carlos', at: report.createdAt }],
      },
      '$.errors[0].pageId',
      /must be one of/,
    ],
    ['a bad time', { ...report, createdAt: '25/11/2026' }, '$.createdAt', /date and time/],
    [
      'a bad state',
      { ...report, steps: [{ step: 'sync', state: 'finished' }] },
      '$.steps[0].state',
      /must be one of: done, current, pending/,
    ],
    [
      'a bad browser version',
      { ...report, browser: { name: 'chrome', version: '131 beta' } },
      '$.browser.version',
      /version/,
    ],
    ['a missing field', { ...report, steps: undefined }, '$.steps', /is required/],
  ])('rejects %s with its path', (_name, value, path, message) => {
    expect(errorsFor(value)).toContainEqual(
      expect.objectContaining({ path, message: expect.stringMatching(message) }),
    );
  });

  it('rejects a different format or version, and a guidance pack', () => {
    expect(errorsFor({ ...report, format: 'x' })).toEqual([
      expect.objectContaining({
        path: '$.format',
        message: expect.stringMatching(/not a support report/),
      }),
    ]);
    expect(errorsFor({ ...report, formatVersion: 2 })).toEqual([
      expect.objectContaining({
        path: '$.formatVersion',
        message: expect.stringMatching(/formatVersion 1/),
      }),
    ]);
    expect(errorsFor({ format: 'alipay-card-guide-pack', formatVersion: 1 })[0]?.path).toBe(
      '$.format',
    );
  });

  it('rejects hostile keys, broken JSON and oversized files', () => {
    const hostile = JSON.stringify(report).replace(
      '"steps":',
      '"__proto__":{"polluted":1},"steps":',
    );
    expect(parseReport(hostile)).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ path: '$.__proto__', message: 'forbidden key "__proto__"' }),
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseReport('{').ok).toBe(false);
    expect(parseReport(' '.repeat(300 * 1024))).toMatchObject({
      ok: false,
      errors: [{ path: '$' }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { stepViews } from '@/utils/flow/progress';
import { buildReport } from '@/utils/report/build-report';
import { redactReport } from '@/utils/report/redact-report';
import { supportReportSchema } from '@/utils/report/report-schema';
import { fixtureInput, scrubbedJson } from './report-fixture';

describe('buildReport', () => {
  const input = fixtureInput();
  const report = buildReport(input);

  it('passes its own schema', () => {
    expect(supportReportSchema.safeParse(report).success).toBe(true);
  });

  it('has each step state, how and when, as the checklist shows them', () => {
    expect(report.steps).toEqual([
      { step: 'sync', state: 'done', how: 'seen', at: '2026-11-25T09:40:00.000Z' },
      { step: 'verify-email', state: 'done', how: 'seen', at: '2026-11-25T10:02:00.000Z' },
      { step: 'set-pin', state: 'done', how: 'manual', at: '2026-11-25T10:10:00.000Z' },
      { step: 'link-card', state: 'current' },
      { step: 'confirm-card', state: 'pending' },
    ]);
    expect(report.steps.map((s) => s.state)).toEqual(stepViews(input.progress).map((v) => v.state));
  });

  it('has the last page, the explained errors, diagnostics, version, browser, language and pack', () => {
    expect(report).toMatchObject({
      format: 'alipay-card-guide-report',
      formatVersion: 1,
      createdAt: '2026-11-25T10:20:00.000Z',
      extension: { version: '0.1.0' },
      browser: { name: 'chrome', version: '131.0.6778.85' },
      language: 'es-ES',
      pack: { id: 'example-support-pack', version: '1.0.0' },
      lastPage: { site: 'alipay', pageId: 'ap-security', at: '2026-11-25T10:02:00.000Z' },
      errors: [
        { errorId: 'code-incorrect', pageId: 'ap-verify-email', at: '2026-11-25T09:50:00.000Z' },
        { errorId: 'pin-digits', pageId: 'ap-security', at: '2026-11-25T10:02:00.000Z' },
      ],
    });
    expect(report.diagnostics).toHaveLength(2);
    expect(report.diagnostics[0]).toEqual({
      at: '2026-11-25T10:15:00.000Z',
      site: 'alipay',
      pageId: 'ap-manage-cards',
      step: 'link-card',
      expected: 'linkCard',
      found: ['manageCards'],
      missing: ['linkCard'],
    });
  });

  it('holds no URL, no email address and no digit run of 4 or more outside times and versions', () => {
    const json = JSON.stringify(report);
    expect(Object.keys(input.progress.pageUrls).length).toBeGreaterThan(0);
    expect(json).not.toMatch(/https?:|:\/\/|www\.|\.com|token|juan/i);
    expect(json).not.toContain('@');
    expect(scrubbedJson(report)).not.toMatch(/\d{4,}/);
  });

  it('keeps the newest 50 errors and 20 diagnostics, oldest first', () => {
    const many = fixtureInput();
    many.events = Array.from({ length: 120 }, (_, i) => ({
      kind: 'error' as const,
      at: 1_000_000 + (119 - i) * 1000, // logged newest first on purpose
      pageId: 'ap-security',
      errorId: i % 2 ? 'pin-digits' : 'pin-mismatch',
    }));
    many.diagnostics = Array.from({ length: 30 }, (_, i) => ({
      ...fixtureInput().diagnostics[0]!,
      at: i * 1000,
    }));
    const big = buildReport(many);
    expect(big.errors).toHaveLength(50);
    expect(big.errors[0]?.at).toBe(new Date(1_000_000 + 70_000).toISOString());
    expect(big.errors.at(-1)?.at).toBe(new Date(1_000_000 + 119_000).toISOString());
    expect(big.diagnostics).toHaveLength(20);
    expect(big.diagnostics[0]?.at).toBe(new Date(10_000).toISOString());
  });
});

describe('redactReport drops what is not an id, enum, time or version', () => {
  it('whatever a caller slips in', () => {
    const input = fixtureInput();
    const report = buildReport({
      ...input,
      version: '0.1.0 (juan.carlos@example.com)',
      browser: { name: 'chrome', version: 'Chrome/131 https://x.example' },
      language: 'Juan Carlos',
      pack: { id: 'https://evil.example/', version: '1.0.0' },
      events: [
        ...input.events,
        { kind: 'error', at: 5, pageId: 'https://www.alipay.com/?t=1', errorId: 'code-incorrect' },
        { kind: 'error', at: 6, pageId: null, errorId: '4111 1111 1111 1111' },
        { kind: 'error', at: Number.NaN, pageId: null, errorId: 'pin-digits' },
      ],
      diagnostics: [
        {
          ...input.diagnostics[0]!,
          found: ['juan.carlos@example.com', 'manageCards'],
          expected: '4111',
        },
      ],
    });
    expect(supportReportSchema.safeParse(report).success).toBe(true);
    expect(report.extension.version).toBe('0.0.0');
    expect(report.browser).toEqual({ name: 'chrome' });
    expect(report.language).toBe('und');
    expect(report.pack).toBeNull();
    expect(report.errors.map((e) => e.errorId)).toEqual(['code-incorrect', 'pin-digits']);
    expect(report.diagnostics[0]).toMatchObject({ found: ['manageCards'], expected: null });
    expect(JSON.stringify(report)).not.toMatch(/@|http|4111|juan/i);
  });

  it('keeps a step whose time is unusable, without the time', () => {
    const steps = [{ step: 'sync', state: 'done', how: 'guessed', at: 'yesterday' }];
    const report = redactReport({ ...buildReport(fixtureInput()), steps });
    expect(report.steps).toEqual([{ step: 'sync', state: 'done' }]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createReportModel, reportJson } from '@/utils/report/report-model';
import { parseReport } from '@/utils/report/parse-report';
import { SAMPLE_REPORT } from '@/tests/unit/options/fake-options-deps';

describe('report model (Copy report for support)', () => {
  it('loads the report and copies what it is given', async () => {
    const source = { load: vi.fn(async () => SAMPLE_REPORT), copy: vi.fn(async () => {}) };
    const model = createReportModel(source);
    await model.load();
    expect(model.reportFor(undefined)).toEqual(SAMPLE_REPORT);
    await model.copy('json', reportJson(SAMPLE_REPORT));
    expect(source.copy).toHaveBeenCalledWith(reportJson(SAMPLE_REPORT));
    expect(model.copied.value).toBe('json');
    expect(model.copyFailed.value).toBe(false);
  });

  it('says so when the clipboard refuses', async () => {
    const source = {
      load: async () => SAMPLE_REPORT,
      copy: vi.fn(async () => Promise.reject(new Error('not allowed'))),
    };
    const model = createReportModel(source);
    await model.load();
    await model.copy('text', 'x');
    expect(model.copied.value).toBeNull();
    expect(model.copyFailed.value).toBe(true);
  });

  it('keeps the report shown when a reload fails; fails visibly when there is none', async () => {
    const load = vi.fn(async () => SAMPLE_REPORT);
    const model = createReportModel({ load, copy: async () => {} });
    await model.load();
    load.mockRejectedValueOnce(new Error('db closed'));
    await model.load();
    expect(model.reportFor(undefined)).toEqual(SAMPLE_REPORT);
    expect(model.loadFailed.value).toBe(false);
    const empty = createReportModel({
      load: () => Promise.reject(new Error('x')),
      copy: async () => {},
    });
    await empty.load();
    expect(empty.loadFailed.value).toBe(true);
  });

  it('forgets a report gone stale, and a load started before, until a new load', async () => {
    const older = { ...SAMPLE_REPORT, language: 'en-US' };
    let finish: (report: typeof SAMPLE_REPORT) => void = () => {};
    const load = vi.fn(() => new Promise<typeof SAMPLE_REPORT>((resolve) => (finish = resolve)));
    const model = createReportModel({ load, copy: async () => {} });
    const before = model.load();
    model.forget();
    finish(older);
    await before;
    expect(model.reportFor(undefined)).toBeNull();
    expect(model.loadFailed.value).toBe(false);
    const after = model.load();
    finish(SAMPLE_REPORT);
    await after;
    expect(model.reportFor(undefined)).toEqual(SAMPLE_REPORT);
  });

  it('shows a report only under the language setting it was read under', async () => {
    const model = createReportModel({ load: async () => SAMPLE_REPORT, copy: async () => {} });
    await model.load('auto');
    expect(model.reportFor('auto')).toEqual(SAMPLE_REPORT);
    expect(model.reportFor('es')).toBeNull();
    await model.load('es');
    expect(model.reportFor('es')).toEqual(SAMPLE_REPORT);
  });

  it('the JSON it copies opens in support’s options page', () => {
    const parsed = parseReport(reportJson(SAMPLE_REPORT));
    expect(parsed.ok && parsed.report).toEqual(SAMPLE_REPORT);
  });
});
